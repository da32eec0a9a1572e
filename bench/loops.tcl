# loops: integer arithmetic in a while loop.
proc main {} {
    set total 0
    set i 0
    while {$i < 3000000} {
        set total [expr {$total + $i * $i % 1009}]
        incr i
    }
    puts $total
}
main
