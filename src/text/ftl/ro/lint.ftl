# Ce spune `pathfit rubric lint` (text/rubric/lint.rs).

lint-agreeing = acordul trimite, pe dimensiuni: { $keying }
lint-keying-part = { $n } spre { $path }
lint-keying-dimension = { $dimension } ({ $parts })
lint-reverse-items = itemi cu scor inversat: { $n }
lint-swing = cea mai mare schimbare adusă de un singur răspuns: { $swing_cat ->
    [one] { $swing } punct
    [few] { $swing } puncte
   *[other] { $swing } de puncte
} ({ $question }); pragul unei înclinații clare este { $margin }
lint-longest = cel mai lung item: { $words_cat ->
    [one] { $words } cuvânt
    [few] { $words } cuvinte
   *[other] { $words } de cuvinte
} ({ $question }); limita este { $max }
lint-hardest = nivelul de lectură cel mai ridicat: { $grade } ({ $question }; Flesch-Kincaid, silabe numărate după grupurile de vocale); limita este { $max }
lint-grade-unchecked = nivel de lectură: neverificat (grila nu este în engleză)
lint-uniform = fișe uniforme: { $sheets }
lint-clean = fără probleme
lint-warnings = { $n_cat ->
    [one] { $n } avertisment (pe stderr)
    [few] { $n } avertismente (pe stderr)
   *[other] { $n } de avertismente (pe stderr)
}
lint-uniform-lean = { $sheet }: înclinație clară spre { $path }
lint-uniform-none = { $sheet }: nicio înclinație clară
lint-all-lowest = toate la minimum
lint-all-highest = toate la maximum
lint-all-middle = toate la mijloc
lint-at-line = { $file }:{ $line }: întrebarea `{ $id }`
lint-at = { $file }: întrebarea `{ $id }`
lint-warning = avertisment: { $text }
lint-unbalanced-part = { $n } spre { $path }
lint-unbalanced = { $file }: în dimensiunea { $dimension }, acordul trimite { $parts }; aproximativ jumătate dintre itemi ar trebui să trimită spre fiecare parcurs
lint-uniform-lean-warning = { $file }: fișa „{ $sheet }” dă o înclinație clară spre { $path }; echilibrați sensul itemilor, astfel încât să nu dea niciuna
lint-item = { $at }: { $what }
lint-reverse-without-twin = scor inversat fără pereche; adăugați twin = "<id>", cu ID-ul itemului pe aceeași temă formulat în sens invers
lint-bad-twin = perechea sa, `{ $twin }`, trebuie să fie în aceeași dimensiune și formulată în sens invers
lint-item-swing = un singur răspuns mutat de la un capăt la celălalt al scalei schimbă avansul cu { $swing_cat ->
    [one] { $swing } punct
    [few] { $swing } puncte
   *[other] { $swing } de puncte
}, cel puțin cât pragul unei înclinații clare ({ $margin }); adăugați itemi în dimensiunea sa sau micșorați-i ponderea
lint-too-long = { $words_cat ->
    [one] { $words } cuvânt
    [few] { $words } cuvinte
   *[other] { $words } de cuvinte
}; un item ar trebui să aibă cel mult { $max }
lint-hard-to-read = nivel de lectură { $grade }; folosiți cuvinte și propoziții mai scurte (cel mult { $max })
lint-near-duplicate = aproape aceleași cuvinte ca `{ $other }`; fiecare item trebuie să exprime o singură idee, fără repetări
