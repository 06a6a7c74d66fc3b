# Zilele și ora de lucru la plan (text/commands/assess.rs): se citesc numele zilelor în orice limbă.

practice-ask = În ce zile și la ce oră veți lucra la plan? Scrieți zilele, apoi ora în format de 24 de ore, de exemplu lu,mi,vi 07:30 (apăsați Enter pentru a păstra valoarea afișată):
practice-not-a-day = `{ $word }` nu este o zi a săptămânii; scrieți numele zilei întreg (luni, marți, joi) sau prescurtat (lu, ma, jo)
practice-separator = ,
practice-mon = luni
practice-tue = marți
practice-wed = miercuri
practice-thu = joi
practice-fri = vineri
practice-sat = sâmbătă
practice-sun = duminică
