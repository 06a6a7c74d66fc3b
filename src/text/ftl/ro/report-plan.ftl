# Planul de dovezi pe 30 de zile, la persoana întâi, și calendarul lui (text/report/plan.rs, dated.rs).

plan-title = Plan pe { $days_cat ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
} pentru a strânge dovezi: { $names }
plan-title-chosen = Plan pe { $days_cat ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
} pentru a strânge dovezi: { $names } (parcursul ales de mine)
plan-title-close = Plan pe { $days_cat ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
} pentru a strânge dovezi: { $names } (rezultatul este strâns, așa că planul le vizează pe amândouă)
plan-week-title = Zilele { $first }–{ $last } ({ $first_date } – { $last_date }): { $theme }
plan-if = Dacă este { $when }, atunci { $what }
plan-task = Astăzi { $what }
plan-theme-name-gaps = îmi identific lacunele și aleg resursele
plan-theme-practise = exersez în fiecare zi programată
plan-theme-apply = folosesc ce am învățat în postul actual
plan-theme-evidence = îmi urmăresc progresul și strâng dovezi exprimate în cifre
plan-theme-gather = adun dovezile pentru punctele mele forte
plan-theme-proof-lines = transform fiecare exemplu într-un rând de CV susținut de dovezi
plan-theme-language = exersez limbajul specific pentru { $names }
plan-theme-show = îmi prezint rezultatele și mă reevaluez
plan-recall = notez un exemplu recent din munca mea pentru „{ $question }”
plan-phrase-brackets = completez parantezele cu date din propria muncă, apoi rostesc fraza cu voce tare: „{ $text }”
plan-phrase = rostesc fraza cu voce tare, apoi adaug un exemplu din propria muncă: „{ $text }”
plan-tell-to = povestesc cu voce tare un exemplu, în mai puțin de un minut, pentru { $who }.
plan-tell = îi povestesc cu voce tare unui coleg sau unui mentor un exemplu, în mai puțin de un minut.
plan-resume-one = îmi actualizez CV-ul și profilul, astfel încât fiecare rând să susțină parcursul { $path }.
plan-resume-many = scriu câte o versiune de CV pentru fiecare parcurs ({ $names }), ca să trimit fiecărui angajator versiunea potrivită rolului.
plan-result-lines = scriu fiecare rezultat pe un singur rând, cu o cifră (bani, timp, oameni, rate de eroare), pentru că recrutorii caută cifre.
plan-list-work = enumăr trei realizări din ultimul an și ce s-a schimbat datorită fiecăreia.
plan-pick-two = aleg cele două exemple cu rezultatele cele mai clare.
plan-one-line-each = rescriu fiecare exemplu pe un singur rând: ce am făcut, cât de amplu a fost, ce a schimbat.
plan-precise-verbs = înlocuiesc verbele vagi, precum „am gestionat” sau „m-am ocupat”, cu ce am făcut concret și în ce măsură.
plan-ask-feedback = cer unui coleg sau unui manager feedback despre un rezultat din listă.
plan-resources-default = un curs, o carte sau un mentor în care am încredere
plan-resources-sep = {"; "}
plan-resources = aleg o resursă pentru competența „{ $skill }” (am răspuns „{ $label }” la „{ $question }”): { $resources }.
plan-practise = exersez competența „{ $skill }”: { $text }
plan-apply = caut în munca mea ocazii de a folosi competența „{ $skill }” și le cer: { $text }
plan-collect = strâng dovezile pentru competența „{ $skill }”: { $text }
plan-strength = adun dovezile pentru competența „{ $skill }”: { $text }
plan-artifact = decid ce voi arăta pentru competența „{ $skill }” în ziua { $day } (o cifră, un document sau un rezultat verificabil de altcineva) și notez decizia.
plan-when = { $day }, ora { $time }
plan-on-1 = lunea
plan-on-2 = marțea
plan-on-3 = miercurea
plan-on-4 = joia
plan-on-5 = vinerea
plan-on-6 = sâmbăta
plan-on-7 = duminica
plan-every-day = în fiecare zi, la ora { $time }
plan-on-days = { $days }, la ora { $time }
plan-tell-progress = discut progresul cu { $who }
plan-check-progress = îmi verific progresul
plan-times = Lucrez la acest plan { $days }, câte { $minutes_cat ->
    [one] { $minutes } minut
    [few] { $minutes } minute
   *[other] { $minutes } de minute
} pe sesiune, iar după ultima sesiune din fiecare dintre primele trei săptămâni { $tell }; ziua { $last } este rezervată deciziei.
plan-check-in-with = discut cu { $who } ce am făcut săptămâna aceasta și ce dovedește acest lucru.
plan-check-in = notez ce am făcut săptămâna aceasta și ce dovedește acest lucru.
plan-decision = Dacă este { $when } (ziua { $day }), atunci { $what }
plan-decide = răspund din nou la întrebări cu { $assess }, compar cele două fișiere cu { $compare } și decid ce parcurs urmez.
plan-decide-unsaved = răspund din nou la întrebări cu { $assess } și decid ce parcurs urmez. Răspunsurile de azi nu au fost salvate într-un fișier înainte de acest raport, așa că planul nu indică niciun fișier cu care să compar { $later }.
plan-summary-work = Zilele { $first }–{ $last }: { $theme }
plan-summary-check-in-with = Bilanț săptămânal cu { $who }
plan-summary-check-in = Bilanț săptămânal
plan-summary-decision = Ziua { $day }: decid ce parcurs urmez
