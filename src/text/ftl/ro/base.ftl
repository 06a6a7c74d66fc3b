# Citirea, scrierea și semnalele (text/base.rs).

input-folder = { $what } { $path } este un folder; indicați un fișier
input-open = nu se poate citi { $what } { $path }: { $cause }
input-open-similar = nu se poate citi { $what } { $path }: { $cause }; ați vrut să scrieți { $similar }?
input-read = nu se poate citi { $what } { $path }
input-too-large = { $what } { $path } depășește { $limit } MiB; pathfit citește fișiere de cel mult această mărime
input-not-utf8 = { $what } nu este text UTF-8; salvați-l ca UTF-8

store-no-data-folder = nu se găsește un folder personal pentru sesiunile salvate; setați variabila PATHFIT_DATA la calea unui folder
store-create-folder = nu se poate crea folderul { $dir }
store-exists = { $path } există deja; adăugați --force pentru a-l înlocui sau alegeți alt fișier
store-write-in = nu se poate scrie în { $dir }
store-save = nu se poate salva { $path }
store-create-file-in = nu se poate crea un fișier în { $dir }
store-no-free-name = nu se găsește un nume liber pentru { $name } în { $dir }
store-no-new-files = în folderul { $dir } nu se mai pot crea fișiere

lock-busy = { $path } este completat chiar acum de o altă instanță pathfit
lock-open = nu se poate bloca { $path }

target-no-folder = nu se poate scrie { $what } { $path }: folderul { $dir } nu există; creați-l sau alegeți altă cale
target-is-folder = { $what } { $path } este un folder; indicați un nume de fișier
target-exists = { $what } { $path } există deja; adăugați --force pentru a-l înlocui sau alegeți alt fișier
target-is-link = { $what } { $path } este o legătură simbolică; adăugați --force pentru a înlocui legătura însăși (niciodată fișierul indicat de ea) sau alegeți alt fișier
target-is-dangling-link = { $what } { $path } este o legătură simbolică spre nimic; adăugați --force pentru a înlocui legătura însăși (niciodată fișierul indicat de ea) sau alegeți alt fișier
target-not-a-file = { $what } { $path } nu este un fișier obișnuit (ci un pipe, un socket sau un dispozitiv); alegeți un fișier
target-not-yours = { $what } { $path } aparține altui utilizator, într-un folder în care doar acesta îl poate înlocui; alegeți alt fișier
target-cannot-write = nu se poate scrie { $what } { $path }

signal-ctrl-c = Ctrl-C nu poate fi interceptat
signal-sigterm = SIGTERM nu poate fi interceptat

what-answer-file = fișierul de răspunsuri
what-survey-export = exportul de chestionar
what-mapping-file = fișierul de corespondențe
what-rubric-file = fișierul grilei
what-resume-file = fișierul de reluat
what-output-file = fișierul --output
what-written-map = fișierul --write
what-save-file = fișierul --save
what-calendar-file = fișierul --calendar
