# Problemele dintr-un fișier de grilă (text/rubric/mod.rs).

rubric-empty-id = un ID de { $part } este gol; alegeți un ID scurt și unic
rubric-duplicate-id = ID de { $part } repetat: `{ $id }`; fiecare { $part } are nevoie de un ID propriu
rubric-none-defined = nu există { $part } `{ $id }`: grila nu definește încă { $parts }; adăugați o intrare cu id = "{ $id }"
rubric-unknown-id-close = nu există { $part } `{ $id }`; ați vrut să scrieți `{ $close }`?
rubric-unknown-id = nu există { $part } `{ $id }`; folosiți una dintre valorile: { $known }
rubric-bad-weight = ponderea { $value } (pentru { $part }) trebuie să fie un număr mai mare decât 0 și de cel mult { $max } (ponderile sunt relative: 1 și 2 înseamnă că a doua contează dublu)
rubric-bad-id = ID-ul de grilă `{ $id }` poate conține doar litere mici, cifre, „-” sau „_”
rubric-bad-language = limba `{ $tag }` nu este o etichetă BCP 47; scrieți, de exemplu, "en" sau "ro-RO"
rubric-tie-margin = tie_margin { $value } trebuie să fie un număr de puncte între 0 și 100, de exemplu 8
rubric-min-answered = min_answered { $value } trebuie să fie o proporție mai mare decât 0 și de cel mult 1, de exemplu 0,8 (o fișă fără niciun răspuns nu poate fi evaluată)
rubric-scale-backwards = maximul scalei, { $max }, trebuie să fie mai mare decât minimul, { $min }
rubric-too-many-points = scala are { $points_cat ->
    [few] { $points } puncte
   *[other] { $points } de puncte
}; folosiți cel mult { $max }
rubric-label-count = scala are { $points_cat ->
    [one] un punct
    [few] { $points } puncte
   *[other] { $points } de puncte
} (de la { $min } la { $max }), dar { $labels_cat ->
    [one] o etichetă
    [few] { $labels } etichete
   *[other] { $labels } de etichete
}; dați câte o etichetă fiecărui punct
rubric-empty-label = o etichetă a scalei este goală; dați fiecărui punct o etichetă
rubric-repeated-label = eticheta de scală `{ $label }` apare de două ori; etichetele trebuie să difere
rubric-empty-alias = un alias al scalei este gol; ștergeți-l
rubric-alias-off-scale = aliasul de scală `{ $alias }` = { $value } este în afara scalei de la { $min } la { $max }
rubric-alias-taken = aliasul de scală `{ $alias }` este deja { $was }; folosiți fiecare cuvânt o singură dată
rubric-alias-number = aliasul de scală `{ $alias }` este un număr, iar un număr dintr-o celulă se citește ca valoarea respectivă a scalei; folosiți un cuvânt drept alias
rubric-empty-missing-code = un cod de lipsă este gol; celulele goale înseamnă oricum „fără răspuns”
rubric-missing-code-on-scale = codul de lipsă `{ $code }` este valoarea { $value } a scalei; folosiți o valoare din afara scalei
rubric-missing-code-taken = codul de lipsă `{ $code }` este { $was }; un răspuns nu poate însemna totodată „fără răspuns”
rubric-empty-question-alias = întrebarea `{ $question }` are un alias gol; ștergeți-l
rubric-alias-names-other = aliasul „{ $alias }” al întrebării `{ $question }` numește deja întrebarea `{ $other }`; o coloană trebuie să numească o singură întrebare
rubric-unknown-key = cheie necunoscută: `{ $key }`; verificați scrierea după formatul grilei din { $format }
rubric-too-few-paths = o grilă compară cel puțin 2 parcursuri, dar aceasta are { $count }; adăugați intrări [[paths]]
rubric-too-many-paths = o grilă compară cel mult { $max_cat ->
    [few] { $max } parcursuri
   *[other] { $max } de parcursuri
}, dar aceasta are { $count }
rubric-too-many-questions = o grilă are cel mult { $max_cat ->
    [few] { $max } întrebări
   *[other] { $max } de întrebări
}, dar aceasta are { $count }; împărțiți-o pe teme în mai multe grile
rubric-no-questions = grila nu are [[questions]]; adăugați cel puțin una pentru fiecare dimensiune
rubric-own-twin = întrebarea `{ $question }` se numește pe sine drept pereche; numiți întrebarea pe aceeași temă formulată în sens invers
rubric-favours-and-against = întrebarea `{ $question }` este totodată în favoarea și împotriva parcursului `{ $path }`; scoateți-l din `against`
rubric-empty-dimension = dimensiunea `{ $dimension }` nu are întrebări; adăugați o întrebare cu dimension = "{ $dimension }" sau ștergeți dimensiunea
rubric-unfavoured-path = nicio întrebare nu trimite spre parcursul `{ $path }`, nici prin acord, nici prin dezacord; adăugați o întrebare cu favors = "{ $path }"

part-path = parcurs
part-dimension = dimensiune
part-skill = competență
part-question = întrebare
part-reflection = reflecție
part-path-plural = parcursuri
part-dimension-plural = dimensiuni
part-skill-plural = competențe
part-question-plural = întrebări
part-reflection-plural = reflecții

survey-word-label = eticheta de scală `{ $word }`
survey-word-alias = aliasul de scală `{ $word }`
survey-word-not-answered = `{ $word }`, un cuvânt care înseamnă întotdeauna „fără răspuns”

## Textele unei traduceri față de grila de bază.
overlay-missing-text = [{ $table }] nu are `{ $field }`; o traducere conține fiecare text al grilei de bază
overlay-missing-table = traducerea nu are [{ $table }]; o traducere conține textele fiecărui ID al grilei de bază
overlay-list-length = `{ $field }` din [{ $table }] are { $found } { $found_cat ->
    [one] element
    [few] elemente
   *[other] de elemente
}, dar grila de bază are { $base }; dați câte un text pentru fiecare element, în ordinea din grila de bază
overlay-base = traducerea este pentru grila `{ $named }`, nu `{ $base }`; scrieți base = "{ $base }" sau verificați-o față de propria grilă de bază
overlay-version = traducerea a fost scrisă pentru versiunea { $written_for } a grilei de bază, care acum este { $base }; verificați dacă textele se potrivesc în continuare
