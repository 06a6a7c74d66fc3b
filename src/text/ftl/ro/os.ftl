# Motivele date de sistemul de operare (text/os.rs).

os-not-found = fișierul sau dosarul nu există
os-permission-denied = nu aveți permisiunea de acces
os-already-exists = există deja
os-is-a-directory = este un dosar, nu un fișier
os-not-a-directory = o parte a căii nu este un dosar
os-directory-not-empty = dosarul nu este gol
os-storage-full = nu mai este spațiu pe disc
os-quota-exceeded = cota de spațiu pe disc este depășită
os-read-only = sistemul de fișiere permite doar citirea
os-invalid-data = datele nu sunt valide
os-invalid-input = argument nevalid
os-invalid-filename = numele fișierului nu este valid
os-interrupted = operația a fost întreruptă
os-broken-pipe = canalul de ieșire a fost închis
os-would-block = resursa nu este disponibilă acum; încercați din nou
os-timed-out = timpul de așteptare a expirat
os-file-too-large = fișierul este prea mare
os-unexpected-eof = fișierul se termină pe neașteptate
os-busy = resursa este ocupată
os-crosses-devices = operația nu se poate face între două sisteme de fișiere
os-too-many-links = prea multe legături simbolice
os-out-of-memory = memoria nu ajunge
os-unsupported = sistemul nu permite această operație
os-stale-handle = fișierul din rețea nu mai este valabil
os-write-zero = nu s-a putut scrie nimic
os-other = eroare a sistemului de operare (os error { $code })
os-other-plain = eroare a sistemului de operare
# Between an error and its cause.
os-then = { ": " }
