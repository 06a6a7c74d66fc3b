# Ce spune `pathfit columns` despre fiecare coloană din `pathfit score -f csv` (text/commands/columns.rs).
# Numele și tipurile coloanelor sunt cuvinte-mașină: rămân aceleași în orice limbă.

column-source = Fișierul de răspunsuri sau exportul din care provine rândul, așa cum a fost indicat (- pentru intrarea standard).
column-row = Rândul de date din export (1 = primul respondent); gol pentru un fișier de răspunsuri.
column-respondent = Persoana care a răspuns, când fișierul sau coloana de identificare a exportului o numește; altfel gol.
column-rubric = ID-ul grilei.
column-version = Versiunea grilei.
column-sha256 = Amprenta SHA-256 a fișierului grilei, în hexazecimal: arată cu ce text al grilei s-a calculat rândul.
column-key_hash = Amprenta structurii de punctaj a grilei: rândurile cu același key_hash se pot compara.
column-answered = Numărul de întrebări cu răspuns.
column-total = Numărul de întrebări din grilă.
column-partial = true când o întrebare nu are răspuns sau instrumentul de chestionare a marcat răspunsul ca neterminat.
column-top = Parcursul cu potrivirea cea mai mare.
column-second = Parcursul cu a doua potrivire ca mărime.
column-margin = Diferența în puncte dintre potrivirile afișate în coloanele `top` și `second` (o zecimală, ca în raport).
column-lean = Parcursul spre care răspunsurile înclină clar; gol când diferența este prea mică pentru a decide.
column-quality = Semne de răspunsuri date fără atenție, despărțite prin `;`: straight_lining, acquiescence, many_midpoints, many_skipped, too_fast.
column-error = Motivul pentru care rândul nu a fost evaluat (celelalte coloane de punctaj sunt atunci goale); gol când a fost evaluat.
column-fit = Potrivirea cu parcursul { $path }, de la 0 la 100 (o zecimală, ca în raport); gol când nu există răspunsuri.
column-dimension = Potrivirea cu parcursul { $path } numai pe dimensiunea { $dimension }, de la 0 la 100 (o zecimală); gol când nu există răspunsuri.
column-answer = Răspunsul la „{ $question }”, o valoare a scalei de la { $min } la { $max }; gol când lipsește (--answers).
column-type-text = text
column-type-integer = număr întreg
column-type-number = număr
column-type-boolean = boolean
column-type-path = ID de parcurs
columns-heading-column = coloană
columns-heading-type = tip
columns-heading-meaning = semnificație
columns-title = Coloanele din `pathfit score -f csv --rubric { $rubric }`
