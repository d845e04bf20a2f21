package letter

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestDecodeFacts(t *testing.T) {
	in := `{
		"name": "Erika Mustermann", "street": "Heidestraße 17", "postalCode": "51147",
		"city": "Köln", "country": "DE", "email": "erika@example.org",
		"account": "facebook.com/erika", "controller": "meta",
		"services": ["Facebook", "Instagram"], "reasons": ["health"], "reason": "Line 1.\nLine 2.",
		"harms": ["control"], "harmText": "", "amount": "500,00", "currency": "EUR",
		"paymentDays": 14, "iban": "DE89 3704 0044 0532 0130 00", "accountHolder": "Erika Mustermann",
		"objectionDate": "2025-05-20", "date": "2025-06-03",
		"otherController": null
	}`
	got, err := DecodeFacts(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := Facts{
		Name: "Erika Mustermann", Street: "Heidestraße 17", PostalCode: "51147",
		City: "Köln", Country: "DE", Email: "erika@example.org",
		Account: "facebook.com/erika", Controller: "meta",
		Services: []string{"Facebook", "Instagram"}, Reasons: []string{"health"}, Reason: "Line 1.\nLine 2.",
		Harms: []string{"control"}, Amount: "500,00", Currency: "EUR",
		PaymentDays: 14, IBAN: "DE89 3704 0044 0532 0130 00", AccountHolder: "Erika Mustermann",
		ObjectionDate: "2025-05-20", Date: "2025-06-03",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("DecodeFacts =\n%+v\nwant\n%+v", got, want)
	}

	other, err := DecodeFacts(strings.NewReader("\ufeff" + `{"otherController": {"name": "Example AI", "city": "Dublin", "country": "IE"}}` + "\n\n"))
	if err != nil {
		t.Fatal(err)
	}
	if other.Other == nil || other.Other.City != "Dublin" {
		t.Errorf("otherController = %+v", other.Other)
	}
}

func TestDecodeFactsRefuses(t *testing.T) {
	tests := []struct {
		name, in, field, reason string
	}{
		{"empty", "", "", "empty"},
		{"only spaces", " \n\t", "", "empty"},
		{"null", "null", "", "want a JSON object, got null"},
		{"array", `[{"name":"x"}]`, "", "want a JSON object, got an array"},
		{"string", `"name"`, "", "want a JSON object, got a string"},
		{"number", `42`, "", "want a JSON object, got a number"},
		{"two objects", `{"name":"a"}{"name":"b"}`, "", "more data"},
		{"trailing garbage", `{"name":"a"} x`, "", "more data"},
		{"trailing comma", `{"name":"a",}`, "", "invalid JSON"},
		{"truncated", `{"name":"a"`, "", "ends too early"},
		{"unterminated string", `{"name":"a`, "", "ends too early"},
		{"unknown field", `{"name":"a","admin":true}`, "admin", "unknown field"},
		{"wrong case", `{"Name":"a"}`, "Name", "unknown field"},
		{"duplicate key", `{"name":"a","name":"b"}`, "name", "given twice"},
		{"duplicate nested key", `{"otherController":{"city":"a","city":"b"}}`, "otherController.city", "given twice"},
		{"unknown nested field", `{"otherController":{"town":"a"}}`, "otherController.town", "unknown field"},
		{"number for a string", `{"postalCode": 51147}`, "postalCode", "want a string, got a number"},
		{"null for a string", `{"name": null}`, "name", "want a string, got null"},
		{"bool for a string", `{"name": true}`, "name", "want a string, got true or false"},
		{"object for a string", `{"name": {"first":"a"}}`, "name", "want a string, got an object"},
		{"string for a number", `{"paymentDays": "14"}`, "paymentDays", "want a whole number, got a string"},
		{"fraction", `{"paymentDays": 14.5}`, "paymentDays", "want a whole number"},
		{"exponent", `{"paymentDays": 1e3}`, "paymentDays", "want a whole number"},
		{"huge number", `{"paymentDays": 99999999999999999999999999999}`, "paymentDays", "want a whole number"},
		{"string for an array", `{"reasons": "health"}`, "reasons", "want an array of strings, got a string"},
		{"number in an array", `{"reasons": ["health", 7]}`, "reasons[1]", "want a string, got a number"},
		{"array in an array", `{"reasons": [["health"]]}`, "reasons[0]", "want a string, got an array"},
		{"array for an object", `{"otherController": ["x"]}`, "otherController", "want an object, got an array"},
		{"deep nesting", `{"reasons":` + strings.Repeat("[", 30000) + strings.Repeat("]", 30000) + `}`, "reasons[0]", "want a string, got an array"},
		{"deep nesting at the top", strings.Repeat("[", 60000), "", "want a JSON object"},
		{"invalid UTF-8", "{\"name\":\"\xff\"}", "", "UTF-8"},
		{"raw NUL", "{\"name\":\"a\x00\"}", "", "invalid JSON"},
		{"too large", `{"reason":"` + strings.Repeat("a", MaxFactsSize) + `"}`, "", "larger than 64 KiB"},
		{"single quotes", `{'name':'a'}`, "", "invalid JSON"},
		{"comment", `{"name":"a" /* x */}`, "", "invalid JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := DecodeFacts(strings.NewReader(tt.in))
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("DecodeFacts(%.40q) = %+v, %v; want a *DecodeError", tt.in, f, err)
			}
			if de.Field != tt.field || !strings.Contains(de.Reason, tt.reason) {
				t.Errorf("DecodeFacts(%.40q) = field %q, %q; want field %q, %q", tt.in, de.Field, de.Reason, tt.field, tt.reason)
			}
			if !reflect.DeepEqual(f, Facts{}) {
				t.Errorf("DecodeFacts returned facts with an error: %+v", f)
			}
		})
	}
}

func TestDecodeFactsKeepsEscapes(t *testing.T) {
	// Escaped control characters decode; Validate is what refuses them.
	f, err := DecodeFacts(strings.NewReader(`{"name":"a\u0000b\r\nBcc: x","reason":"\ud83c\udf3b"}`))
	if err != nil {
		t.Fatal(err)
	}
	if f.Name != "a\x00b\r\nBcc: x" || f.Reason != "🌻" {
		t.Errorf("got %q, %q", f.Name, f.Reason)
	}
}

// TestFixtureFacts decodes the letter fixtures (the documented facts files)
// and validates them for both letters: the command line reads them so.
func TestFixtureFacts(t *testing.T) {
	files, _ := filepath.Glob("testdata/facts/*.json")
	if len(files) == 0 {
		t.Fatal("no facts fixtures in testdata/facts")
	}
	for _, name := range files {
		t.Run(filepath.Base(name), func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			f, err := DecodeFacts(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			for _, kind := range Kinds {
				if errs := f.Validate(kind); len(errs) > 0 {
					t.Errorf("Validate(%s) = %v", kind, fields(errs))
				}
			}
		})
	}
}
