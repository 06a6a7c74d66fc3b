# Planul de dovezi pe 30 de zile, la persoana întâi, și calendarul lui (text/report/plan.rs, dated.rs).

plan-title = Plan de dovezi pe { $days_cat ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
}: { $names }
plan-title-chosen = Plan de dovezi pe { $days_cat ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
}: { $names } (parcursul ales de mine)
plan-title-close = Plan de dovezi pe { $days_cat ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
}: { $names } (rezultatul este strâns, așa că planul lucrează pe amândouă)
plan-week-title = Zilele { $first }–{ $last } ({ $first_date } – { $last_date }): { $theme }
plan-if = Dacă este { $when }, atunci eu { $what }
plan-task = Eu { $what }
plan-theme-name-gaps = Îmi numesc lacunele și aleg resursele
plan-theme-practise = Exersez în fiecare zi de exercițiu
plan-theme-apply = Folosesc ce am învățat în postul actual
plan-theme-evidence = Îmi urmăresc progresul și strâng dovezi exprimate în cifre
plan-theme-gather = Adun dovezile pentru punctele mele forte
plan-theme-proof-lines = Transform fiecare exemplu într-un rând-dovadă
plan-theme-language = Exersez limbajul specific: { $names }
plan-theme-show = Îmi arăt rezultatele și mă reevaluez
plan-recall = notez un exemplu recent din munca mea pentru „{ $question }”
plan-phrase-brackets = completez parantezele cu date din propria muncă, apoi rostesc fraza cu voce tare: „{ $text }”
plan-phrase = rostesc fraza cu voce tare, apoi adaug un exemplu din propria muncă: „{ $text }”
plan-tell-to = povestesc cu voce tare un exemplu, în mai puțin de un minut, pentru { $who }.
plan-tell = povestesc cu voce tare un exemplu, în mai puțin de un minut, pentru un coleg sau un mentor.
plan-resume-one = îmi actualizez CV-ul și profilul, astfel încât fiecare rând să trimită la { $path }.
plan-resume-many = scriu câte o versiune de CV pentru fiecare dintre { $names }, ca să trimit fiecărui angajator versiunea potrivită rolului.
plan-result-lines = scriu fiecare rezultat pe un singur rând, cu o cifră (bani, timp, oameni, rate de eroare), pentru că recrutorii caută cifre.
plan-list-work = enumăr trei lucrări din ultimul an și ce s-a schimbat datorită fiecăreia.
plan-pick-two = aleg cele două exemple cu rezultatele cele mai clare.
plan-one-line-each = rescriu fiecare exemplu pe un singur rând: ce am făcut, cât de amplu a fost, ce a schimbat.
plan-precise-verbs = înlocuiesc verbele vagi, precum „am gestionat” sau „m-am ocupat”, cu ce am făcut concret și în ce măsură.
plan-ask-feedback = cer unui coleg sau unui manager feedback despre un rezultat din listă.
plan-resources-default = un curs, o carte sau un mentor în care am încredere
plan-resources-sep = {"; "}
plan-resources = aleg o resursă pentru { $skill } (am răspuns „{ $label }” la „{ $question }”): { $resources }.
plan-practise = exersez { $skill }: { $text }
plan-apply = caut în munca mea ocaziile de a folosi { $skill } și le cer: { $text }
plan-collect = strâng dovezile pentru { $skill }: { $text }
plan-strength = adun dovezile pentru { $skill }: { $text }
plan-artifact = decid ce voi arăta pentru { $skill } în ziua { $day } (o cifră, un document sau un rezultat pe care altcineva îl poate verifica) și notez acest lucru.
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
} o dată, iar după ultimul bloc din fiecare dintre primele trei săptămâni { $tell }; ziua { $last } este rezervată deciziei.
plan-check-in-with = discut cu { $who } ce am făcut săptămâna aceasta și ce dovedește acest lucru.
plan-check-in = notez ce am făcut săptămâna aceasta și ce dovedește acest lucru.
plan-decision = Dacă este { $when } (ziua { $day }), atunci eu { $what }
plan-decide = răspund din nou la întrebări cu { $assess }, compar cele două fișiere cu { $compare } și decid ce parcurs urmez.
plan-decide-unsaved = răspund din nou la întrebări cu { $assess } și decid ce parcurs urmez. Răspunsurile de azi nu au fost salvate într-un fișier înainte de acest raport, așa că planul nu indică niciun fișier cu care să compar { $later }.
plan-summary-work = Zilele { $first }–{ $last }: { $theme }
plan-summary-check-in-with = Bilanț săptămânal cu { $who }
plan-summary-check-in = Bilanț săptămânal
plan-summary-decision = Ziua { $day }: decid ce parcurs urmez
