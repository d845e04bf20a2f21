package cases

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/objector-eu/objector/app/letter"
)

func sample() []Case {
	a := New("a1", letter.Objection, "de", facts(), "2026-06-03", Registered, "RT 123 DE", now)
	a.RecordDelivery("2026-06-06", now)
	a.RecordReminder("2026-07-10", 14, now)
	b := New("b2", letter.Damages, "pl", facts(), "2026-06-04", Email, "", now)
	b.RecordAnswer(Partial, "2026-06-10", now)
	return []Case{a, b}
}

func TestExportImportRoundTrip(t *testing.T) {
	data, err := Export(sample(), now)
	if err != nil {
		t.Fatal(err)
	}
	var head File
	if err := json.Unmarshal(data, &head); err != nil || head.Format != Format || head.Version != Version {
		t.Fatalf("exported header %+v, %v", head, err)
	}
	got, n, err := Import(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 || !reflect.DeepEqual(got, sample()) {
		t.Errorf("Import(Export(cases)) = %d cases changed, %+v; want the cases", n, got)
	}
	// Importing the same file again changes nothing and duplicates nothing.
	again, n, err := Import(data, got)
	if err != nil || n != 0 || !reflect.DeepEqual(again, got) {
		t.Errorf("second import: %d changed, err %v, %d cases", n, err, len(again))
	}
	// An empty file round-trips too.
	empty, _ := Export(nil, now)
	if got, n, err := Import(empty, sample()); err != nil || n != 0 || len(got) != 2 {
		t.Errorf("empty case file: %d changed, err %v, %d cases", n, err, len(got))
	}
}

func TestImportMerges(t *testing.T) {
	have := sample()
	later := now.Add(time.Hour)
	// The other device closed b2 later, and has a case of its own.
	theirs := sample()
	theirs[1].SetClosed(true, later)
	c := New("c3", letter.Objection, "fr", facts(), "2026-06-05", Form, "", later)
	// And an older copy of a1, which must not win.
	older := sample()[0]
	older.Reference = "stale"
	older.Updated = stamp(now.Add(-time.Hour))
	data, _ := Export([]Case{older, theirs[1], c}, later)

	got, n, err := Import(data, have)
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 || len(got) != 3 {
		t.Fatalf("merged %d changes into %d cases, want 2 into 3", n, len(got))
	}
	if got[0].Reference != "RT 123 DE" {
		t.Error("an older copy replaced the case on this device")
	}
	if !got[1].Closed {
		t.Error("the later copy of b2 did not win")
	}
	if got[2].ID != "c3" {
		t.Errorf("the new case is %q, want c3 last", got[2].ID)
	}
	if !reflect.DeepEqual(have, sample()) {
		t.Error("Import changed the cases it was given")
	}
}

func TestImportRefuses(t *testing.T) {
	good, _ := Export(sample(), now)
	broken := func(change func(c *Case)) []byte {
		cs := sample()
		change(&cs[1])
		data, _ := Export(cs, now)
		return data
	}
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"a picture", []byte("\x89PNG\r\n\x1a\n\x00\x00"), MsgNotCaseFile},
		{"another JSON file", []byte(`{"name":"Erika","controller":"meta"}`), MsgNotCaseFile},
		{"a JSON array", []byte(`[1,2,3]`), MsgNotCaseFile},
		{"empty", nil, MsgNotCaseFile},
		{"too large", append(good, bytes.Repeat([]byte(" "), MaxFileSize)...), MsgTooLarge},
		{"newer format", []byte(strings.Replace(string(good), `"version":1`, `"version":2`, 1)), MsgNewer},
		{"version zero", []byte(strings.Replace(string(good), `"version":1`, `"version":0`, 1)), MsgDamaged},
		{"version a string", []byte(strings.Replace(string(good), `"version":1`, `"version":"1"`, 1)), MsgDamaged},
		{"cut off", good[:len(good)/2], MsgDamaged},
		{"a case of an unknown kind", broken(func(c *Case) { c.Kind = "poem" }), MsgDamaged},
		{"a case with a bad date", broken(func(c *Case) { c.Sent = "2026-02-30" }), MsgDamaged},
		{"a case with a bad id", broken(func(c *Case) { c.ID = "<script>" }), MsgDamaged},
		{"a case with an unknown channel", broken(func(c *Case) { c.Channel = "pigeon" }), MsgDamaged},
		{"a case with an answer of the other kind", broken(func(c *Case) { c.Answer = Extended }), MsgDamaged},
		{"a case with broken facts", broken(func(c *Case) { c.Facts.IBAN = "DE00" }), MsgDamaged},
		{"a case with no time stamp", broken(func(c *Case) { c.Updated = "" }), MsgDamaged},
		{"cases of the wrong type", []byte(`{"format":"objector-cases","version":1,"cases":{"a":1}}`), MsgDamaged},
	} {
		t.Run(tc.name, func(t *testing.T) {
			have := sample()[:1]
			got, n, err := Import(tc.data, have)
			var ie *ImportError
			if !errors.As(err, &ie) || ie.Message != tc.want {
				t.Fatalf("Import: err %v, want %s", err, tc.want)
			}
			if n != 0 || !reflect.DeepEqual(got, have) {
				t.Error("a refused file changed the cases")
			}
		})
	}
}

func TestImportTooManyCases(t *testing.T) {
	cs := make([]Case, MaxCases+1)
	for i := range cs {
		cs[i] = sample()[0]
	}
	data, _ := Export(cs, now)
	if len(data) > MaxFileSize {
		t.Skip("the file is refused for its size first")
	}
	if _, _, err := Import(data, nil); err == nil {
		t.Error("a file of more than MaxCases cases was imported")
	}
}

// FuzzImport feeds Import anything: it must never panic, and either refuse
// the file leaving the cases alone, or return cases that all hold together
// and keep every case already there.
func FuzzImport(f *testing.F) {
	good, _ := Export(sample(), now)
	f.Add(good)
	f.Add([]byte(`{"format":"objector-cases","version":1,"cases":[]}`))
	f.Add([]byte(`{"format":"objector-cases","version":1,"cases":[{"id":"x"}]}`))
	f.Add([]byte(`{"format":"objector-cases","version":99}`))
	f.Add([]byte(`{}`))
	f.Add([]byte("\ufeff{"))
	f.Fuzz(func(t *testing.T, data []byte) {
		have := sample()
		got, _, err := Import(data, have)
		if err != nil {
			if !reflect.DeepEqual(got, sample()) {
				t.Fatal("a refused import changed the cases")
			}
			return
		}
		for _, c := range got {
			if !c.Valid() {
				t.Fatalf("an imported case does not hold together: %+v", c)
			}
		}
		for _, h := range have {
			if Index(got, h.ID) < 0 {
				t.Fatalf("case %s was lost", h.ID)
			}
		}
		for _, c := range got {
			c.StatusOn(now)
			c.NextOn(now)
		}
	})
}
