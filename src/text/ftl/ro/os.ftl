# Motivele pe care le dă sistemul de operare pentru un fișier (text/os.rs).

os-not-found = fișierul sau folderul nu există
os-permission-denied = nu aveți permisiunea de acces
os-already-exists = fișierul există deja
os-is-a-directory = este un folder, nu un fișier
os-not-a-directory = o parte a căii nu este un folder
os-directory-not-empty = folderul nu este gol
os-storage-full = nu mai este spațiu liber pe disc
os-quota-exceeded = cota de spațiu pe disc a fost depășită
os-read-only = sistemul de fișiere permite doar citirea
os-invalid-data = datele nu sunt valide
os-invalid-input = argument nevalid
os-invalid-filename = numele fișierului nu este valid
os-interrupted = operația a fost întreruptă
os-broken-pipe = canalul de ieșire a fost închis
os-would-block = resursa este temporar indisponibilă
os-timed-out = timpul de așteptare a expirat
os-file-too-large = fișierul este prea mare
os-unexpected-eof = fișierul se termină pe neașteptate
os-busy = resursa este ocupată
os-crosses-devices = operația nu se poate efectua între sisteme de fișiere diferite
os-too-many-links = prea multe niveluri de legături simbolice
os-out-of-memory = memorie insuficientă
os-unsupported = operația nu este acceptată de sistem
os-stale-handle = referința la fișier nu mai este valabilă
os-write-zero = nu s-a putut scrie nimic
os-other = eroare a sistemului de operare (os error { $code })
os-other-plain = eroare a sistemului de operare
# Between an error and its cause.
os-then = { ": " }
