# Ce spun comenzile pe stderr în timpul rulării: avertismente, rânduri eșuate, totaluri, unde s-au salvat răspunsurile (text/commands/notice.rs).

notice-failed-row = eroare: { $source }: rândul { $row }: { $line }
notice-stopped-batch = Întrerupt de { $by } (evaluate: { $scored }, omise: { $skipped }); nu s-a scris niciun fișier --output.
notice-counts = evaluate: { $scored }, parțiale: { $partial }, omise: { $skipped }
notice-counts-not-asked = , fără întrebări puse: { $not_asked }
notice-warning = avertisment: { $text }
notice-not-utf8 = { $source } nu este în UTF-8; a fost citit ca { $encoding }
notice-other-rubrics = { $sheets_cat ->
    [one] rezumatul acoperă doar grila `{ $rubric }`; { $sheets } fișă a altei grile nu este inclusă
    [few] rezumatul acoperă doar grila `{ $rubric }`; { $sheets } fișe ale altor grile nu sunt incluse
   *[other] rezumatul acoperă doar grila `{ $rubric }`; { $sheets } de fișe ale altor grile nu sunt incluse
}
notice-empty-folder = folderul { $folder } nu conține fișiere .toml, .json, .csv, .tsv sau .xlsx
notice-unreadable-folder = folderul { $folder } nu poate fi citit
notice-linked-folder = { $link } este o legătură simbolică spre un folder și nu este urmată; indicați direct folderul pentru a-l evalua
notice-no-such-respondent = nicio fișă citită nu aparține respondentului `{ $name }`; raportul îi arată pe ceilalți respondenți ceruți
notice-no-respondents = { $source } are antet, dar niciun respondent
notice-not-asked = { $rows_cat ->
    [one] { $source }: { $rows } rând nu răspunde la niciuna dintre întrebări (chestionarul nu le-a pus); este numărat ca rând fără întrebări puse
    [few] { $source }: { $rows } rânduri nu răspund la niciuna dintre întrebări (chestionarul nu le-a pus); sunt numărate ca rânduri fără întrebări puse
   *[other] { $source }: { $rows } de rânduri nu răspund la niciuna dintre întrebări (chestionarul nu le-a pus); sunt numărate ca rânduri fără întrebări puse
}
notice-layout-disagrees = { $source }: antetul arată ca al unui export { $shown }, iar --layout indică { $given }; este citit ca { $given }
notice-repeated-ids = { $rows_cat ->
    [one] { $source }: { $rows } rând repetă ID-ul de respondent al unui rând anterior; este evaluat separat
    [few] { $source }: { $rows } rânduri repetă ID-ul de respondent al unui rând anterior; fiecare este evaluat separat
   *[other] { $source }: { $rows } de rânduri repetă ID-ul de respondent al unui rând anterior; fiecare este evaluat separat
}
notice-overlay-not-linted = notă: { $file } este o traducere: a fost verificată, dar lint nu se aplică traducerilor; lint evaluează itemii grilei de bază, așa că rulați-l pe grila de bază
notice-skipping-rubric = se omite grila invalidă { $path }: { $first }
notice-stopped-before-first = Evaluarea a fost oprită înainte de prima întrebare; nu s-a salvat nimic.
notice-no-report = Răspunsurile sunt complete; rezultatul nu este afișat (--no-report).
notice-answers-so-far = Răspunsurile dumneavoastră de până acum se află în { $file }
notice-saved = Răspunsurile au fost salvate în { $file }. Le puteți evalua din nou oricând cu: { $program } score { $quoted }
notice-calendar = { $events_cat ->
    [one] S-a scris { $events } eveniment al planului în { $file }; importați fișierul într-o aplicație de calendar pentru a primi un memento
    [few] S-au scris { $events } evenimente ale planului în { $file }; importați fișierul într-o aplicație de calendar pentru a primi câte un memento pentru fiecare
   *[other] S-au scris { $events } de evenimente ale planului în { $file }; importați fișierul într-o aplicație de calendar pentru a primi câte un memento pentru fiecare
}
notice-other-respondents = fișierele numesc respondenți diferiți ({ $before } înainte, { $after } după); comparați răspunsurile aceleiași persoane
notice-dates-order = data fișierului „după” ({ $after }) este anterioară datei fișierului „înainte” ({ $before }); ați indicat fișierele în ordinea corectă?
