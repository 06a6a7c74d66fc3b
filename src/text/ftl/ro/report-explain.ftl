# Ce afișează `pathfit explain` (text/report/explain.rs).

explain-title-who = { $who }: { $title } – explicația rezultatului
explain-title = { $title } – explicația rezultatului
explain-about = { $source }; grila { $id } v{ $version }
explain-shares = Contribuția fiecărui răspuns la avans, în puncte (+ spre { $top }, - spre { $second }); însumate, dau avansul
explain-shares-rounded = Contribuția fiecărui răspuns la avans, în puncte (+ spre { $top }, - spre { $second }); însumate, dau avansul. Rotunjite fiecare la 0,1, contribuțiile afișate însumează { $sum }, nu { $margin }.
explain-towards = Răspunsurile care au înclinat cel mai mult spre { $path }
explain-flip-title = Ce ar schimba verdictul
explain-skipped = fără răspuns
explain-answer = { $question } ({ $label })
explain-share = { $points } { $answer }
explain-none = Niciunul: niciun răspuns nu a înclinat în această direcție cu 0,1 puncte sau mai mult.
explain-no-flip = Nicio modificare a răspunsurilor date nu schimbă verdictul: { $n_cat ->
    [one] a fost încercat singurul pas posibil
    [few] au fost încercați toți cei { $n } pași posibili
   *[other] au fost încercați toți cei { $n } de pași posibili
}. Răspunsurile lăsate necompletate nu sunt modificate.
explain-would-lean = ar da o înclinație clară spre { $path } (cu un avans de { $margin_cat ->
    [one] { $margin } punct
    [few] { $margin } puncte
   *[other] { $margin } de puncte
})
explain-would-none = ar lăsa rezultatul fără o înclinație clară ({ $path } ar avea un avans de doar { $margin_cat ->
    [one] { $margin } punct
    [few] { $margin } puncte
   *[other] { $margin } de puncte
})
explain-flip-one = Schimbarea acestui răspuns, { $n_cat ->
    [one] { $n } pas
    [few] { $n } pași
   *[other] { $n } de pași
} în total, { $result }; nicio schimbare cu mai puțini pași nu are acest efect. Răspunsurile lăsate necompletate nu sunt modificate.
explain-flip-many = Schimbarea acestor { $count_cat ->
    [one] { $count } răspuns
    [few] { $count } răspunsuri
   *[other] { $count } de răspunsuri
}, { $n_cat ->
    [one] { $n } pas
    [few] { $n } pași
   *[other] { $n } de pași
} în total, { $result }; nicio schimbare cu mai puțini pași nu are acest efect. Răspunsurile lăsate necompletate nu sunt modificate.
explain-change = „{ $question }” de la „{ $from }” la „{ $to }”
