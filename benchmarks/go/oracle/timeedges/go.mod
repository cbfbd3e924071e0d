module golab.dev/oracle/timeedges

go 1.23
