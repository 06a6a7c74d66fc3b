# Primul ecran al unui raport (text/report/brief.rs).

brief-weighed-none = Niciunul: niciun răspuns nu a modificat avansul cu 0,1 puncte sau mai mult.
brief-weighed-item = { $points } { $label }: { $question }
brief-weighed-title = Au cântărit cel mai mult în avansul de { $margin_cat ->
    [one] { $margin } punct
    [few] { $margin } puncte
   *[other] { $margin } de puncte
} (+ { $top }, - { $second })
brief-gap-item = { $skill }: { $question } ({ $label })
brief-gaps-title = Cele mai mari lacune de competențe pentru { $names } ({ $all } în total)
brief-no-gaps-linked = Lacune de competențe pentru { $names }: niciuna, această grilă nu leagă nicio întrebare a parcursului de o competență.
brief-no-gaps-answered = Lacune de competențe pentru { $names }: niciuna afișată, nu ați răspuns la nicio întrebare despre competențele parcursului.
brief-no-gaps-favour = Lacune de competențe pentru { $names }: niciuna, fiecare întrebare despre competențe la care ați răspuns este în favoarea parcursului.
brief-week-title = Săptămâna aceasta (zilele { $first }–{ $last }, { $first_date } – { $last_date }), pentru { $targets }
brief-week-title-chosen = Săptămâna aceasta (zilele { $first }–{ $last }, { $first_date } – { $last_date }), pentru { $targets } (parcursul ales de dumneavoastră)
brief-flag-unproven = Semnal de alarmă pentru dumneavoastră: să afirmați că stăpâniți { $skills } înainte de a avea un exemplu concret. Un angajator vă va cere unul.
brief-flag-either = Semnal de alarmă pentru dumneavoastră: să îi spuneți unui angajator că vi s-ar potrivi la fel de bine { $top } sau { $second }. Fiecare candidatură spune povestea pe care o cere rolul respectiv.
brief-flag-figures = Semnal de alarmă pentru dumneavoastră: să vă prezentați punctele forte pentru { $path } fără nicio cifră. Dați fiecăruia un număr, o sumă sau o durată.
brief-flag-figures-skills = Semnal de alarmă pentru dumneavoastră: să vă prezentați punctele forte pentru { $path } ({ $skills }) fără nicio cifră. Dați fiecăruia un număr, o sumă sau o durată.
brief-proof = Dovadă pentru cel mai puternic răspuns al dumneavoastră ({ $skill }), un rând de CV de reformulat cu propriile cifre: „{ $line }”
brief-needs-tie = este nevoie de { $tie }
brief-needs-any = orice avans contează
brief-lean = Înclinație clară: { $lean }, cu un avans de { $margin_cat ->
    [one] { $margin } punct
    [few] { $margin } puncte
   *[other] { $margin } de puncte
} față de { $second } ({ $needs }).
brief-tied = Nicio înclinație clară: { $top } și { $second } sunt la egalitate ({ $needs } pentru o înclinație clară).
brief-ahead = Nicio înclinație clară: { $top } are un avans de doar { $margin } față de { $second } ({ $needs } pentru o înclinație clară).
brief-check-first = Verificați-vă răspunsurile înainte de a vă baza pe acest rezultat: { $n_cat ->
    [one] { $n } avertisment
    [few] { $n } avertismente
   *[other] { $n } de avertismente
} în raportul complet.
brief-rest-full = Raportul complet: { $full }
brief-rest-handout = Material de înmânat: aceeași comandă, cu { $handout } în loc de --full
brief-rest-offered = Raportul complet: salvați răspunsurile când vi se cere, apoi rulați pathfit score pe fișier cu --full (sau cu -f markdown -o FILE.md pentru un material de înmânat).
brief-rest-unsaved = Raportul complet: aceste răspunsuri nu sunt salvate (--no-save); răspundeți din nou cu pathfit assess --full sau cu --save FILE pentru a le păstra.
brief-more-paths = { $n_cat ->
    [one] încă { $n } parcurs
    [few] încă { $n } parcursuri
   *[other] încă { $n } de parcursuri
}, în raportul complet
