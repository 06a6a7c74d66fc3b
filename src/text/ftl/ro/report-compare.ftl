# Ce afișează `pathfit compare` (text/report/compare.rs).

compare-title = { $title }: înainte și după
compare-before = Înainte: { $text }
compare-after = După: { $text }
compare-noise = O schimbare a potrivirii generale mai mică de { $noise_cat ->
    [one] { $noise } punct
    [few] { $noise } puncte
   *[other] { $noise } de puncte
} se încadrează în variația obișnuită atunci când se răspunde de două ori la aceleași întrebări: cu atât se modifică cea mai mare potrivire din această fișă dacă unul din cinci răspunsuri se mută cu o treaptă în aceeași direcție.
compare-changes = Schimbări ale potrivirii
compare-closed = Lacune acoperite ({ $names })
compare-opened = Lacune apărute ({ $names })
compare-open = Lacune rămase ({ $names })
compare-fit = { $path }: { $before } -> { $after } ({ $delta })
compare-fit-noise = { $path }: { $before } -> { $after } ({ $delta }) (în limitele variației la o nouă completare)
compare-fit-na = { $path }: { $na }
compare-dim = { $path }, { $dim }: { $delta }
compare-none = Niciuna.
compare-gap = { $skill }: { $question }
