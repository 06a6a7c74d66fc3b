# What `pathfit compare` prints (text/report/compare.rs).

compare-title = { $title }: before and after
compare-before = Before: { $text }
compare-after = After: { $text }
compare-noise = A change of the overall fit smaller than { $noise } points is within what answering the same questions twice usually moves: that is how far one answer in five, moved one step the same way, moves the top fit on this sheet.
compare-changes = Changes in fit
compare-closed = Gaps closed ({ $names })
compare-opened = Gaps opened ({ $names })
compare-open = Gaps still open ({ $names })
compare-fit = { $path }: { $before } -> { $after } ({ $delta })
compare-fit-noise = { $path }: { $before } -> { $after } ({ $delta }) (within retest noise)
compare-fit-na = { $path }: { $na }
compare-dim = { $path }, { $dim }: { $delta }
compare-none = None.
compare-gap = { $skill }: { $question }
