// Package testdocs holds hand-made letter Documents for the exporters'
// tests: English, German, Greek, Bulgarian and a letter in Polish,
// Hungarian, Maltese, Latvian and Romanian diacritics, so the exports are
// tested on every script the PDF fonts cover without depending on Compose.
package testdocs

import (
	"strings"
	"time"

	"github.com/objector-eu/objector/app/letter"
)

// day returns a date at midnight UTC.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// Names lists the documents of All in a stable order.
var Names = []string{"en-meta", "de-linkedin", "el-meta", "bg-x", "diacritics", "long"}

// All returns every test document by name.
func All() map[string]letter.Document {
	return map[string]letter.Document{
		"en-meta":     English(),
		"de-linkedin": German(),
		"el-meta":     Greek(),
		"bg-x":        Bulgarian(),
		"diacritics":  Diacritics(),
		"long":        Long(),
	}
}

// English is an objection to Meta in English.
func English() letter.Document {
	return letter.Document{
		Kind:       letter.Objection,
		Lang:       "en",
		Title:      "Objection to AI training - Meta",
		ReturnLine: "Jane Doe · 12 Main Street · D02 X285 Dublin · IRELAND",
		Sender:     []string{"Jane Doe", "12 Main Street", "D02 X285 Dublin", "IRELAND", "jane.doe@example.org"},
		Recipient: []string{"Meta Platforms Ireland Limited", "Data Protection Officer", "Merrion Road",
			"Dublin 4, D04 X2K5", "IRELAND"},
		Notice:     "By registered post",
		PlaceDate:  "Dublin, 3 June 2026",
		Date:       day(2026, time.June, 3),
		Subject:    "Objection under Art. 21(1) GDPR to the use of my data for AI training",
		Salutation: "Dear Sir or Madam,",
		Body: []letter.Block{
			{Kind: letter.Paragraph, Text: "I hold the Facebook account jane.doe.42 and the Instagram account @jane_doe. I object under Art. 21(1) GDPR to the processing of my personal data for developing and improving artificial intelligence models, which you base on legitimate interests (Art. 6(1)(f) GDPR)."},
			{Kind: letter.Heading, Text: "Grounds relating to my particular situation"},
			{Kind: letter.Paragraph, Text: "My posts reveal my health, and photos of my children appear in them.\nI earn my living from the photographs I publish; they are my creative work."},
			{Kind: letter.List, Text: "I ask you to:", Items: []string{
				"stop processing my personal data for AI purposes;",
				"erase my data from training data sets and, where possible, from models (Art. 17(1)(c) GDPR);",
				"restrict the processing while any balancing of interests is reviewed (Art. 18(1)(d) GDPR);",
				"tell me whether and which of my data you have already used (Art. 15 GDPR);",
				"confirm in writing by 3 July 2026 (Art. 12(3) GDPR).",
			}},
			{Kind: letter.Paragraph, Text: "It is for you to show compelling legitimate grounds (CJEU, C-252/21, para. 123; C-394/23)."},
		},
		Closing:         "Yours faithfully,",
		Signature:       "Jane Doe",
		EnclosuresLabel: "Enclosure",
		Enclosures:      []string{"Copy of my earlier objection of 2 May 2026"},
		To:              "dpo@example.com",
		From:            "jane.doe@example.org",
		Reminder: letter.CalendarEntry{
			Date:        day(2026, time.July, 3),
			Summary:     "Meta: answer to my objection due",
			Description: "Did Meta Platforms Ireland Limited answer my objection of 3 June 2026?\nIf not: complain to the Data Protection Commission; keep the proof of posting.",
		},
	}
}

// German is a damages claim to LinkedIn in German.
func German() letter.Document {
	return letter.Document{
		Kind:       letter.Damages,
		Lang:       "de",
		Title:      "Schadensersatzforderung – LinkedIn",
		ReturnLine: "Jürgen Müller-Lüdenscheidt, Straße der Pariser Kommune 3, 10243 Berlin",
		Sender:     []string{"Jürgen Müller-Lüdenscheidt", "Straße der Pariser Kommune 3", "10243 Berlin", "juergen@example.de"},
		Recipient:  []string{"LinkedIn Ireland Unlimited Company", "z. Hd. Datenschutzbeauftragte", "Wilton Plaza", "Wilton Place", "Dublin 2", "IRLAND"},
		Notice:     "Einschreiben",
		PlaceDate:  "Berlin, 3. Juni 2026",
		Date:       day(2026, time.June, 3),
		Subject:    "Forderung auf Schadensersatz nach Art. 82 DSGVO",
		Salutation: "Sehr geehrte Damen und Herren,",
		Body: []letter.Block{
			{Kind: letter.Paragraph, Text: "mit Schreiben vom 2. Mai 2026 habe ich der Verarbeitung meiner Daten zum Training von KI-Modellen nach Art. 21 Abs. 1 DSGVO widersprochen. Sie haben die Verarbeitung dennoch fortgesetzt; eine Rechtsgrundlage nach Art. 6 Abs. 1 S. 1 lit. f DSGVO bestand nicht."},
			{Kind: letter.List, Text: "Dadurch ist mir ein immaterieller Schaden entstanden:", Items: []string{
				"Ich habe die Kontrolle über meine Daten verloren (BGH, Urteil vom 18.11.2024, VI ZR 10/24).",
				"Ich sorge mich um den Missbrauch meiner Daten.",
			}},
			{Kind: letter.Paragraph, Text: "Ich fordere Sie auf, 500,00 € bis zum 17. Juni 2026 auf das Konto IBAN DE89 3704 0044 0532 0130 00 (Kontoinhaber: Jürgen Müller-Lüdenscheidt) zu zahlen. Weitere Schritte (Art. 77, Art. 79 Abs. 2 DSGVO; Richtlinie (EU) 2020/1828) behalte ich mir vor."},
		},
		Closing:   "Mit freundlichen Grüßen",
		Signature: "Jürgen Müller-Lüdenscheidt",
		To:        "datenschutz@example.com",
		From:      "juergen@example.de",
		Reminder: letter.CalendarEntry{
			Date:        day(2026, time.June, 17),
			Summary:     "LinkedIn: Zahlungsfrist (Schadensersatz) läuft ab",
			Description: "Hat LinkedIn gezahlt? Kontoauszug prüfen; sonst: Beschwerde, Klage, Verbandsklage.",
		},
	}
}

// Greek is an objection in Greek.
func Greek() letter.Document {
	return letter.Document{
		Kind:       letter.Objection,
		Lang:       "el",
		Title:      "Εναντίωση στην εκπαίδευση τεχνητής νοημοσύνης – Meta",
		ReturnLine: "Γιώργος Παπαδόπουλος, Οδός Ερμού 10, 105 63 Αθήνα",
		Sender:     []string{"Γιώργος Παπαδόπουλος", "Οδός Ερμού 10", "105 63 Αθήνα", "ΕΛΛΑΔΑ"},
		Recipient:  []string{"Meta Platforms Ireland Limited", "Merrion Road", "Dublin 4, D04 X2K5", "ΙΡΛΑΝΔΙΑ"},
		PlaceDate:  "Αθήνα, 3 Ιουνίου 2026",
		Date:       day(2026, time.June, 3),
		Subject:    "Εναντίωση βάσει του άρθρου 21 παρ. 1 του Γενικού Κανονισμού για την Προστασία Δεδομένων",
		Salutation: "Αξιότιμοι κύριοι,",
		Body: []letter.Block{
			{Kind: letter.Paragraph, Text: "Σύμφωνα με το άρθρο 21 παρ. 1 ΓΚΠΔ (Γενικός Κανονισμός για την Προστασία Δεδομένων), αντιτίθεμαι στην επεξεργασία των δεδομένων μου για την εκπαίδευση μοντέλων τεχνητής νοημοσύνης."},
			{Kind: letter.List, Items: []string{"Διακοπή της επεξεργασίας,", "Διαγραφή των δεδομένων μου."}},
		},
		Closing:   "Με εκτίμηση,",
		Signature: "Γιώργος Παπαδόπουλος",
		To:        "dpo@example.com",
		Reminder: letter.CalendarEntry{
			Date:    day(2026, time.July, 3),
			Summary: "Meta: προθεσμία απάντησης",
		},
	}
}

// Bulgarian is an objection in Bulgarian (Cyrillic).
func Bulgarian() letter.Document {
	return letter.Document{
		Kind:       letter.Objection,
		Lang:       "bg",
		Title:      "Възражение срещу обучение на ИИ – X",
		ReturnLine: "Иван Петров, ул. „Витоша“ 15, 1000 София",
		Sender:     []string{"Иван Петров", "ул. „Витоша“ 15", "1000 София", "БЪЛГАРИЯ"},
		Recipient:  []string{"X Internet Unlimited Company", "One Cumberland Place", "Fenian Street", "Dublin 2, D02 AX07", "ИРЛАНДИЯ"},
		Notice:     "Препоръчано писмо",
		PlaceDate:  "София, 3 юни 2026 г.",
		Date:       day(2026, time.June, 3),
		Subject:    "Възражение по чл. 21, параграф 1 от Общ регламент относно защитата на данните",
		Salutation: "Уважаеми дами и господа,",
		Body: []letter.Block{
			{Kind: letter.Paragraph, Text: "Възразявам срещу обработването на личните ми данни за обучение на модели с изкуствен интелект (Grok) съгласно Общ регламент относно защитата на данните."},
		},
		Closing:         "С уважение,",
		Signature:       "Иван Петров",
		EnclosuresLabel: "Приложение",
		Enclosures:      []string{"Копие от лична карта"},
		Reminder: letter.CalendarEntry{
			Date:        day(2026, time.July, 3),
			Summary:     "X: срок за отговор",
			Description: "Проверете дали X е отговорил; ако не – подайте жалба.",
		},
	}
}

// Diacritics carries the Latin letters of Polish, Hungarian, Maltese,
// Latvian, Lithuanian and Romanian names and places.
func Diacritics() letter.Document {
	return letter.Document{
		Kind:       letter.Damages,
		Lang:       "pl",
		Title:      "Żądanie odszkodowania – Łódź",
		ReturnLine: "Zofia Łukasiewicz, ul. Źródlana 5, 90-001 Łódź",
		Sender:     []string{"Zofia Łukasiewicz", "Győző Erdős (Hungary)", "Ġorġ Ħabib Żammit (Malta)", "Ārija Ēvele, Ėglė Ųla", "Ștefan Țepeș (România)"},
		Recipient:  []string{"Google Ireland Limited", "Gordon House, Barrow Street", "Dublin 4", "IRLANDIA"},
		PlaceDate:  "Łódź, 3 czerwca 2026 r.",
		Date:       day(2026, time.June, 3),
		Subject:    "Żądanie zapłaty zadośćuczynienia – ő ű ł ș ț ġ ħ ż ā ē ė ų",
		Salutation: "Szanowni Państwo,",
		Body: []letter.Block{
			{Kind: letter.Paragraph, Text: "Zażółć gęślą jaźń. Árvíztűrő tükörfúrógép. Ġnien ħelu u żgħir. Ātri ēst ķiršus. Ășa țară."},
		},
		Closing:   "Z poważaniem",
		Signature: "Zofia Łukasiewicz",
		To:        "zofia@example.pl",
		From:      "zofia@example.pl",
		Reminder: letter.CalendarEntry{
			Date:    day(2026, time.June, 17),
			Summary: "Google: termin płatności; ő ű ł ș ț ġ ħ ż ā ē ė ų",
		},
	}
}

// Long is the English letter with enough paragraphs to need a second page.
func Long() letter.Document {
	d := English()
	d.Title = "Objection to AI training - Meta (long)"
	var items []string
	for i := 1; i <= 12; i++ {
		items = append(items, "Demand number "+strings.Repeat("I", i%4+1)+": please stop the processing and confirm it in writing, naming every data set concerned.")
	}
	body := append([]letter.Block{}, d.Body...)
	for i := 0; i < 6; i++ {
		body = append(body, letter.Block{Kind: letter.Paragraph, Text: strings.Repeat("This paragraph is long so that the letter flows onto a second page. ", 6)})
	}
	body = append(body, letter.Block{Kind: letter.List, Text: "In addition:", Items: items})
	d.Body = body
	return d
}
