// Command plain regenerates the goldens that need Go without Helm: tests/fixtures/gotemplates/plain-goldens.json
// (text/template with only its builtins, e.g. the default missingkey mode and the builtin slice that Helm's
// Sprig replaces) and fmt-goldens.json (fmt.Sprintf/Sprint/Sprintln over typed Go values templates cannot
// produce). Run from the repository root: GO111MODULE=off go run ./tools/goldens/gotemplates/plain
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"text/template"
)

const fixtures = "tests/fixtures/gotemplates"

type plainCase struct {
	Name    string
	Options []string
	Body    string
}

func readCases(path string) []plainCase {
	data, err := os.ReadFile(path)
	check(err)
	var cases []plainCase
	var current *plainCase
	var lines []string
	flush := func() {
		if current != nil {
			body := strings.Join(lines, "\n")
			current.Body = strings.TrimSuffix(body, "\n")
			cases = append(cases, *current)
		}
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "### ") {
			flush()
			words := strings.Fields(line[4:])
			current = &plainCase{Name: words[0], Options: words[1:]}
			lines = nil
		} else if current != nil {
			lines = append(lines, line)
		}
	}
	flush()
	return cases
}

func has(options []string, option string) bool {
	for _, o := range options {
		if o == option {
			return true
		}
	}
	return false
}

func runPlain(c plainCase, values map[string]interface{}) map[string]string {
	t := template.New("plain")
	for _, o := range c.Options {
		if strings.HasPrefix(o, "missingkey=") {
			t.Option(o)
		}
	}
	if _, err := t.Parse(c.Body); err != nil {
		return map[string]string{"parseError": err.Error()}
	}
	var data interface{} = values
	if has(c.Options, "nodata") {
		data = nil
	}
	var out bytes.Buffer
	if err := t.Execute(&out, data); err != nil {
		return map[string]string{"error": err.Error()}
	}
	return map[string]string{"output": out.String()}
}

func toValue(kind, text string) interface{} {
	parseInt := func(bits int) int64 { v, err := strconv.ParseInt(text, 10, bits); check(err); return v }
	parseUint := func(bits int) uint64 { v, err := strconv.ParseUint(text, 10, bits); check(err); return v }
	pairs := func() [][2]string {
		var result [][2]string
		for _, p := range strings.Split(text, ",") {
			kv := strings.SplitN(p, "=", 2)
			result = append(result, [2]string{kv[0], kv[1]})
		}
		return result
	}
	switch kind {
	case "int":
		return int(parseInt(64))
	case "int8":
		return int8(parseInt(8))
	case "int16":
		return int16(parseInt(16))
	case "int32":
		return int32(parseInt(32))
	case "int64":
		return parseInt(64)
	case "uint":
		return uint(parseUint(64))
	case "uint8":
		return uint8(parseUint(8))
	case "uint16":
		return uint16(parseUint(16))
	case "uint32":
		return uint32(parseUint(32))
	case "uint64":
		return parseUint(64)
	case "float32":
		v, err := strconv.ParseFloat(text, 32)
		check(err)
		return float32(v)
	case "float64":
		if text == "-0" {
			return math.Copysign(0, -1)
		}
		v, err := strconv.ParseFloat(text, 64)
		check(err)
		return v
	case "string":
		return text
	case "bool":
		return text == "true"
	case "nil":
		return nil
	case "bytes":
		return []byte(text)
	case "strings":
		return strings.Split(text, ",")
	case "strings_nil":
		return []string(nil)
	case "ints":
		var result []int
		for _, p := range strings.Split(text, ",") {
			v, err := strconv.Atoi(p)
			check(err)
			result = append(result, v)
		}
		return result
	case "ints_empty":
		return []int{}
	case "map_int":
		m := map[string]int{}
		for _, kv := range pairs() {
			v, err := strconv.Atoi(kv[1])
			check(err)
			m[kv[0]] = v
		}
		return m
	case "map_string":
		m := map[string]string{}
		for _, kv := range pairs() {
			m[kv[0]] = kv[1]
		}
		return m
	case "map_empty":
		return map[string]interface{}{}
	}
	panic("unknown kind " + kind)
}

type fmtCase struct {
	Func   string      `json:"func"`
	Format string      `json:"format"`
	Args   [][2]string `json:"args"`
}

func main() {
	values := map[string]interface{}{}
	raw, err := os.ReadFile(filepath.Join(fixtures, "values.json"))
	check(err)
	check(json.Unmarshal(raw, &values))

	type named struct {
		Name   string            `json:"name"`
		Result map[string]string `json:"result"`
	}
	var plain []named
	for _, c := range readCases(filepath.Join(fixtures, "plain-cases.txt")) {
		plain = append(plain, named{c.Name, runPlain(c, values)})
	}
	write(filepath.Join(fixtures, "plain-goldens.json"), map[string]interface{}{"go": runtime.Version(), "cases": plain})

	var fmtCases []fmtCase
	raw, err = os.ReadFile(filepath.Join(fixtures, "fmt-cases.json"))
	check(err)
	check(json.Unmarshal(raw, &fmtCases))
	var results []string
	for _, c := range fmtCases {
		args := make([]interface{}, len(c.Args))
		for i, a := range c.Args {
			args[i] = toValue(a[0], a[1])
		}
		switch c.Func {
		case "sprint":
			results = append(results, fmt.Sprint(args...))
		case "sprintln":
			results = append(results, fmt.Sprintln(args...))
		default:
			results = append(results, fmt.Sprintf(c.Format, args...))
		}
	}
	write(filepath.Join(fixtures, "fmt-goldens.json"), map[string]interface{}{"go": runtime.Version(), "results": results})
}

func write(path string, value interface{}) {
	var out bytes.Buffer
	encoder := json.NewEncoder(&out)
	encoder.SetEscapeHTML(false)
	encoder.SetIndent("", " ")
	check(encoder.Encode(value))
	check(os.WriteFile(path, out.Bytes(), 0o644))
}

func check(err error) {
	if err != nil {
		panic(err)
	}
}
