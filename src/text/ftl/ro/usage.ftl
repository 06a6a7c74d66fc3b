# Erori de utilizare: ce nu se poate face din linia de comandă și ce trebuie scris în loc (text/commands/usage.rs).

usage-clash = { $what } { $target } este același fișier ca { $other } { $given }; nu s-a scris nimic. Alegeți altă cale pentru { $what }
usage-small-cohort = --summary-only raportează numai pentru cel puțin { $min_cat ->
    [one] { $min } respondent
    [few] { $min } respondenți
   *[other] { $min } de respondenți
}, iar { $respondents_cat ->
    [one] a fost evaluat doar { $respondents } respondent
    [few] au fost evaluați doar { $respondents } respondenți
   *[other] au fost evaluați doar { $respondents } de respondenți
}: cifrele unui grup atât de mic pot identifica o persoană; --min-cohort { $respondents } coboară pragul, dacă vă asumați acest risc
usage-missing-on-scale = --missing { $code }: { $value } este o valoare a scalei de la { $min } la { $max }, deci un răspuns; un cod pentru lipsă trebuie să fie în afara scalei (de exemplu -99)
usage-missing-is-answer = --missing { $code }: `{ $word }` este un cuvânt al scalei, deci un răspuns; un cod pentru lipsă trebuie să fie ceva ce niciun răspuns nu este
usage-answers-format = --answers adaugă răspunsurile la rezultatul csv, json sau jsonl; rapoartele table, markdown și html le arată deja
usage-options-before-command = opțiunile dinaintea lui `{ $name }` se aplică doar evaluării fără comandă; puneți-le după `{ $name }` (vedeți `pathfit { $name } --help`)
usage-doc-format = `pathfit { $command }` scrie în formatele table, markdown, html sau json; csv și jsonl sunt pentru `pathfit score`
usage-summary-format = --summary adaugă un raport de grup la rezultatul table, markdown sau html; cu json, jsonl sau csv folosiți --summary-only
usage-no-faq = grila `{ $rubric }` nu are întrebări frecvente; adăugați intrări [[guidance.faq]] sau vedeți `pathfit faq` pentru grila implicită
usage-different-rubrics = { $before } și { $after } răspund unor grile diferite (`{ $a }` v{ $av } și `{ $b }` v{ $bv }); comparați două fișe ale aceleiași grile
usage-calendar-one = --calendar scrie planul unei singure persoane: dați comenzii `score` un singur fișier de răspunsuri (nu un folder, un export de chestionar sau -)
usage-start-date = --start { $date } este în afara intervalului; dați o dată între { $first } și { $last } (anii 1900–9999, iar planul de 30 de zile trebuie să se încheie până la 9999-12-31)
usage-map-value = { $file }: `{ $header }` trebuie asociat unui ID de întrebare scris între ghilimele
usage-unknown-target = --target `{ $target }` nu este un parcurs al grilei `{ $rubric }`; { $rest }
usage-did-you-mean = ați vrut să scrieți `{ $close }`?
usage-use-one-of = folosiți unul dintre: { $paths }
usage-no-terminal = evaluarea are nevoie de un terminal pentru a pune întrebările; pentru scripturi, scrieți un fișier de răspunsuri cu `pathfit template > answers.toml`, completați-l, apoi rulați `pathfit score answers.toml`
usage-small-terminal = terminalul are { $cols } × { $rows } (lățime × înălțime, în coloane și rânduri); evaluarea are nevoie de cel puțin { $min_cols } × { $min_rows }: măriți fereastra sau completați un fișier de răspunsuri obținut cu `pathfit template` și rulați `pathfit score`
usage-resume-other-rubric = { $file } a fost completat pe grila `{ $answered }`, dar --rubric indică `{ $given }`; renunțați la --rubric pentru a continua pe `{ $answered }` sau adăugați --switch-rubric pentru a prelua răspunsurile după ID-ul întrebării
usage-save-exists = { $file } există deja; alegeți alt fișier pentru --save sau adăugați --force
usage-session-busy = { $file } este completat chiar acum de o altă instanță pathfit; încheiați-o sau opriți-o mai întâi, apoi reluați-l
usage-autosave-folder = { $error }; acolo se salvează automat răspunsurile după fiecare întrebare. Setați PATHFIT_DATA la un folder în care puteți scrie sau adăugați --no-autosave
usage-id-column-question = --id-column `{ $name }` este coloana întrebării `{ $question }` din { $file }, nu o coloană care identifică respondenții
usage-id-column-none = --id-column `{ $name }` nu numește nicio coloană din { $file }
usage-id-column-close = ; cele mai apropiate coloane sunt { $close }
usage-no-respondent = nicio fișă citită nu aparține respondentului { $names }: --respondent caută exact câmpul `respondent` al unui fișier de răspunsuri sau coloana de ID a unui export (coloana se alege cu --id-column); `pathfit score FILE -f csv` listează respondenții
usage-or = { $init } sau { $last }
