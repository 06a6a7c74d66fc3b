# Zilele și ora de lucru la plan (text/commands/assess.rs): se citesc numele zilelor în orice limbă.

practice-ask = În ce zile și la ce oră veți lucra la plan? Zilele, apoi ora în format de 24 de ore, de exemplu lu,mi,vi 07:30 (Enter o păstrează pe cea afișată):
practice-not-a-day = `{ $word }` nu este o zi a săptămânii; scrieți zilele ca luni, marți, joi sau pe scurt lu, ma, jo
practice-separator = ,
practice-mon = luni
practice-tue = marți
practice-wed = miercuri
practice-thu = joi
practice-fri = vineri
practice-sat = sâmbătă
practice-sun = duminică
