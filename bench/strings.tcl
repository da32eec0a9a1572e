# strings: build text by appending interpolated lines, in batches of 100 lines.
proc main {} {
    set total 0
    set probe ""
    set batch 0
    while {$batch < 5000} {
        set text ""
        set i 0
        while {$i < 100} {
            set n [expr {$batch * 100 + $i}]
            append text "lead-$n,[expr {$n % 97}]@example.test,score [expr {$n * 31 % 1000}]\n"
            incr i
        }
        incr total [string length $text]
        append probe [string index $text [expr {$batch % 50}]]
        incr batch
    }
    puts "$total [string length $probe] [string index $probe 1234]"
}
main
