# Ce găsește catalogul de grile: dosare ilizibile, fișiere omise, ID-uri definite de două ori sau care acoperă o grilă încorporată, un ID care nu numește nicio grilă (text/rubric/catalog.rs).

rubric-catalog-folder-unreadable = avertisment: folderul de grile { $dir } nu poate fi citit: { $error }; grilele din el sunt omise
rubric-catalog-skipped = avertisment: se omite grila invalidă { $path }: { $first }
rubric-catalog-same-id = avertisment: ID-ul de grilă `{ $id }` este definit de { $files }; se folosește primul (indicați o cale pentru a alege)
rubric-catalog-shadows = avertisment: { $source } ascunde grila încorporată `{ $id }`; schimbați-i ID-ul pentru a le păstra pe amândouă
rubric-catalog-embedded-invalid = eroare: grila încorporată { $name } este invalidă: { $problems }
rubric-catalog-overlay = avertisment: { $problem }
rubric-catalog-overlay-skipped = avertisment: se omite traducerea { $name } și se folosesc textele grilei de bază: { $first }
rubric-catalog-unknown = grilă necunoscută `{ $spec }`; { $rest } (sau indicați calea unui fișier de grilă .toml)
rubric-catalog-did-you-mean = ați vrut să scrieți `{ $close }`?
rubric-catalog-known = grile cunoscute: { $known }
