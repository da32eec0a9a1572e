# lists: build a list of maps, filter it, sum a field; count words in a map.
proc main {} {
    set rows {}
    for {set i 0} {$i < 200000} {incr i} {
        lappend rows [dict create id $i score [expr {$i * 7 % 100}] group "g[expr {$i % 10}]"]
    }
    set high {}
    foreach r $rows {
        if {[dict get $r score] >= 50} { lappend high $r }
    }
    set total 0
    foreach r $high { incr total [dict get $r score] }
    set picked 0
    foreach r $rows {
        if {[dict get $r group] eq "g3" && [dict get $r score] > 90} { incr picked }
    }
    set words {}
    for {set i 0} {$i < 300000} {incr i} {
        lappend words "w[expr {$i * 7919 % 5003 % 1000}]"
    }
    set counts [dict create]
    foreach w $words { dict incr counts $w }
    puts "[llength $high] $total $picked [dict size $counts] [dict get $counts w7]"
}
main
