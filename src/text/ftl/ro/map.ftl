# Ce afișează `pathfit map` și fișierul de corespondențe pe care îl scrie (text/commands/map.rs).

map-heading = Coloanele din { $file } (format { $layout }, { $how }) asociate întrebărilor grilei `{ $rubric }`:
map-as-given = indicat
map-detected = detectat
map-respondent-id = (ID-ul respondentului)
map-not-a-question = (nu este o întrebare: nu se copiază niciodată în rezultat)
map-all-found = Fiecare întrebare are o coloană.
map-how-to-map = Asociați o coloană unei întrebări printr-un rând `"column header" = "question_id"` într-un fișier dat cu --map.
map-missing = Întrebări fără coloană ({ $n }): { $ids }
map-same-header = (același antet ca o coloană anterioară)
mapping-intro-of = Corespondența dintre coloanele din { $file } și întrebările grilei `{ $rubric }`,
mapping-intro-written = scrisă de `pathfit map --write`; folosiți-o cu `pathfit score --map`.
mapping-intro-lines = Fiecare rând are forma `"column header" = "question_id"`. Rândurile care încep cu # sunt ignorate:
mapping-intro-how = pentru a asocia o coloană, ștergeți # de la început și scrieți ID-ul unei întrebări între ghilimele.
mapping-intro-ids = ID-urile întrebărilor: { $ids }
mapping-intro-missing = Întrebări încă fără coloană: { $ids }
map-written = S-a scris un fișier de corespondențe: { $matched } din { $columns_cat ->
    [one] { $columns } coloană
    [few] { $columns } coloane
   *[other] { $columns } de coloane
} asociate unei întrebări, { $missing_cat ->
    [one] { $missing } întrebare
    [few] { $missing } întrebări
   *[other] { $missing } de întrebări
} fără coloană.
map-strays = { $rows_cat ->
    [one] Răspunsuri din afara scalei, în { $rows } rând de date citit:
    [few] Răspunsuri din afara scalei, în cele { $rows } rânduri de date citite:
   *[other] Răspunsuri din afara scalei, în cele { $rows } de rânduri de date citite:
}
map-strays-first = { $rows_cat ->
    [one] Răspunsuri din afara scalei, în primul rând de date citit:
    [few] Răspunsuri din afara scalei, în primele { $rows } rânduri de date citite:
   *[other] Răspunsuri din afara scalei, în primele { $rows } de rânduri de date citite:
}
map-stray-value = { $cells_cat ->
    [one] „{ $value }” ({ $cells } celulă)
    [few] „{ $value }” ({ $cells } celule)
   *[other] „{ $value }” ({ $cells } de celule)
}
map-other-values = { $cells_cat ->
    [one] alte valori în { $cells } celulă
    [few] alte valori în { $cells } celule
   *[other] alte valori în { $cells } de celule
}
map-fixes = Pentru a le citi:
map-fix-number = { $value }: dacă înseamnă „fără răspuns”, adăugați --missing { $value } la `pathfit score`
map-fix-word = „{ $value }”: dacă este un cuvânt pentru un punct al scalei, adăugați `"{ $value }" = <value>` sub [scale.aliases] în grilă; dacă înseamnă „fără răspuns”, adăugați --missing "{ $value }"
map-more-fixes = și încă { $count_cat ->
    [one] { $count } valoare
    [few] { $count } valori
   *[other] { $count } de valori
}, care se citesc la fel
