# Secțiunile unui raport de sub tabelul de potrivire (text/report/sections.rs).

sections-hiring = Ce caută recrutorii: { $path }
sections-checklist = Găsiți ocazii de exercițiu în munca pe care o faceți acum
sections-quality = Verificați aceste răspunsuri
sections-reflections = Reflecțiile dumneavoastră
sections-days = O zi în fiecare rol
sections-fill-brackets = Completați parantezele cu munca din spatele celor mai puternice răspunsuri ale dumneavoastră: { $answers }
sections-quoted = „{ $text }”
sections-language = Formulări utile: { $path }
sections-bullets = Rânduri de CV pentru lacunele dumneavoastră, în variantă slabă și puternică: { $path }
sections-bullet = Slab: „{ $weak }” Puternic: „{ $strong }”
sections-straight = { $count } din { $answered_cat ->
    [one] { $answered } răspuns
    [few] { $answered } răspunsuri
   *[other] { $answered } de răspunsuri
} sunt „{ $label }”. Așa arată răspunsurile date fără citirea fiecărei întrebări; citiți-le din nou și schimbați-le pe cele care nu vă descriu.
sections-acquiescence = Ați fost de acord cu ambele întrebări { $of_cat ->
    [one] ale singurei perechi
    [few] în { $pairs } din cele { $of } perechi
   *[other] în { $pairs } din cele { $of } de perechi
} care exprimă preferințe opuse. Acordul cu orice afirmație face ca rezultatul să spună puțin; citiți din nou acele perechi.
sections-midpoints = { $count } din { $answered_cat ->
    [one] { $answered } răspuns
    [few] { $answered } răspunsuri
   *[other] { $answered } de răspunsuri
} sunt „{ $label }”. Rezultatul se sprijină pe puține răspunsuri care înclină într-o parte sau alta; când ezitați, este adesea mai bine să alegeți varianta care vi se pare cea mai apropiată de adevăr.
sections-skipped = Ați omis { $count } din { $total_cat ->
    [one] { $total } întrebare
    [few] { $total } întrebări
   *[other] { $total } de întrebări
}. Rezultatul se bazează pe celelalte; răspunzând și la acestea, l-ați face mai solid.
sections-fast = { $count } din { $timed_cat ->
    [one] { $timed } răspuns
    [few] { $timed } răspunsuri
   *[other] { $timed } de răspunsuri
} au venit mai repede decât poate fi citită întrebarea, așa că rezultatul ar putea spune despre dumneavoastră mai puțin decât pare. Un nou set de răspunsuri, cu timp pentru citirea fiecărei întrebări, dă un rezultat mai solid.
sections-red-flag-now = Pentru dumneavoastră acum: să declarați competențe ({ $skills }) fără un exemplu concret. Un angajator vă va cere unul; acoperiți mai întâi lacuna sau renunțați la afirmație.
sections-red-flags = Semnale de alarmă
sections-limits = Ce este și ce nu este acest rezultat
sections-limits-measures = Reflectă ce declarați chiar dumneavoastră despre { $dims }. Nu vă testează cunoștințele sau abilitățile și nu știe nimic despre salarii, locație sau piața muncii.
sections-limits-self = Este o autoevaluare asupra căreia să reflectați, pe cont propriu sau cu un consilier de carieră. Nu este un test după care să fie angajat sau selectat cineva.
sections-limits-weights = Ponderile ({ $weights }) reflectă judecata autorului grilei, nu un fapt măsurat.
sections-weight = { $dim } { $weight }
sections-answer = { $question } ({ $label })
sections-strengths-none = Niciunul: niciun răspuns la întrebările proprii ale acestui parcurs nu înclină spre el.
sections-strengths = Cele mai puternice răspunsuri pentru { $path }
sections-gap = { $skill }: { $answer }
sections-gaps-unlinked = Această grilă nu leagă de o competență nicio întrebare a acestui parcurs.
sections-gaps-unanswered = Niciuna afișată: nu ați răspuns la nicio întrebare despre competențele acestui parcurs.
sections-gaps-none = Niciuna: toate întrebările despre competențe la care ați răspuns sunt în favoarea acestui parcurs.
sections-gaps-more = { $more_cat ->
    [one] Încă { $more } competență are o lacună; măriți valoarea --gaps pentru a o afișa.
    [few] Încă { $more } competențe au o lacună; măriți valoarea --gaps pentru a le afișa.
   *[other] Încă { $more } de competențe au o lacună; măriți valoarea --gaps pentru a le afișa.
}
sections-gaps = Cele mai mari lacune de competențe pentru { $path }
sections-close = Un rezultat strâns este și el un răspuns: rolurile care îmbină { $a } și { $b } sunt o alegere reală, nu o neputință de a alege.
sections-close-role = Un rol de luat în calcul: { $role }
sections-close-story = Când candidați, spuneți o singură poveste în fiecare candidatură: alegeți parcursul cerut de rol și faceți ca CV-ul și răspunsurile de la interviu să îl susțină. Un mesaj amestecat îi sugerează angajatorului că nu aveți o preferință clară.
sections-close-title = Ambele parcursuri vi se potrivesc aproape la fel de bine
sections-skipped-from = niciun răspuns
sections-decider = Dacă la „{ $question }” ați răspunde „{ $to }” în loc de { $from }, { $path } ar avea un avans de { $margin_cat ->
    [one] { $margin } punct
    [few] { $margin } puncte
   *[other] { $margin } de puncte
}.
sections-no-decider-either = Niciun răspuns schimbat, luat singur, nu ar da vreunuia dintre parcursuri o înclinație clară: rezultatul se sprijină pe multe răspunsuri, nu pe unul.
sections-no-decider-any = Niciun răspuns schimbat, luat singur, nu ar da vreunui parcurs o înclinație clară: rezultatul se sprijină pe multe răspunsuri, nu pe unul.
sections-no-decider = Niciun răspuns schimbat, luat singur, nu ar da parcursului { $path } o înclinație clară.
sections-deciders = Răspunsurile care ar putea decide
