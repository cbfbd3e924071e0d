// cli_oracle prints what Go 1.23 does with the inputs golab's CLI converters read, so the Java
// converters are compared with real Go (GoDurationTest, CliConvertersTest):
//
//	duration<TAB>input<TAB>nanoseconds or "error"      time.ParseDuration
//	memlimit<TAB>input<TAB>bytes or "error"            GOMEMLIMIT=input (runtime.parseByteCount)
//	gogc<TAB>input<TAB>percent                         GOGC=input (runtime.readGOGC; debug.SetGCPercent reads it back)
//
// Run: cd modules/lab/src/test/go && go run cli_oracle.go > ../resources/dev/golab/lab/cli/go-oracle.tsv
package main

import (
	"fmt"
	"os"
	"os/exec"
	"runtime/debug"
	"strings"
	"time"
)

var durations = []string{
	"0", "+0", "-0", "", "5", "1s", "10ms", "1.5s", "2h45m", "-300ms", "+5s", "1h2m3s4ms5us6ns",
	"1.0000000000000000001h", ".5s", "5.s", ".s", "-.s", "1µs", "1μs", "1us", "100ns", "3m", "0.1h",
	"1e3s", "1S", "1 s", "s", "1sm", "1.5.5s", "9223372036854775807ns", "9223372036854775808ns",
	"-9223372036854775808ns", "-9223372036854775809ns", "2562047h", "2562048h", "2562047h47m16.854775807s",
	"2562047h47m16.854775808s", "0.000000001s", "0.0000000001s", "1.1234567891s", "12345678901234567890ns",
	"0x10s", "1d", "1.5m30s", "--1s",
}

var memlimits = []string{
	"off", "0", "1048576", "30MiB", "1GiB", "512KiB", "2TiB", "100B", "1GB", "30MB", "1KB", "banana", "-1",
	"-1MiB", "1.5GiB", "MiB", "B", "iB", "1iB", "1XiB", "9223372036854775807", "9223372036854775808",
	"8388607TiB", "8388608TiB", "+5", " 5", "30mib", "0B",
}

var gogcs = []string{"off", "100", "50", "0", "-1", "-5", "xyz", "1OO", "+50", "2147483647", "2147483648", " 100"}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "child" {
		if os.Args[2] == "memlimit" {
			fmt.Print(debug.SetMemoryLimit(-1))
		} else {
			fmt.Print(debug.SetGCPercent(100))
		}
		return
	}
	for _, s := range durations {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Printf("duration\t%s\terror\n", s)
		} else {
			fmt.Printf("duration\t%s\t%d\n", s, int64(d))
		}
	}
	for _, s := range memlimits {
		fmt.Printf("memlimit\t%s\t%s\n", s, child("memlimit", "GOMEMLIMIT="+s))
	}
	for _, s := range gogcs {
		fmt.Printf("gogc\t%s\t%s\n", s, child("gogc", "GOGC="+s))
	}
}

// child runs this program again with one variable set: Go reads GOMEMLIMIT and GOGC once, at start-up.
func child(what, env string) string {
	exe, _ := os.Executable()
	cmd := exec.Command(exe, "child", what)
	cmd.Env = append(os.Environ(), env)
	out, err := cmd.Output()
	if err != nil {
		return "error"
	}
	return strings.TrimSpace(string(out))
}
