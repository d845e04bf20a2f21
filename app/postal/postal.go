// Package postal names, for each EU/EEA country, the registered-post
// product that gives a sender proof of posting and of delivery, as its
// postal operator names it. The send step tells a person what to ask for
// at their own post office: that follows where they live, not the
// language they read the app in.
//
// The names are proper names in the country's own language and stay so
// in every interface language (they are what the clerk at the counter
// understands); they are data here, not messages. Most letters go abroad
// (the companies sit in Ireland), so each name is a product that also
// exists for letters abroad: Deutsche Post's "Einschreiben Einwurf", for
// one, is domestic only.
//
// Grades as in app/catalog: V where the operator's own page was read (the
// URL beside it), M where the name is common knowledge, not checked.
// Where none is sure, Registered reports false and the app says it
// neutrally.
package postal

// Service is a postal product as its operator names it.
type Service struct {
	// Name is the product and, in brackets, the operator: "raccomandata
	// A/R (Poste Italiane)".
	Name string
	// Lang is the BCP 47 language of Name ("it"), for the page's lang
	// attribute.
	Lang string
}

// Registered returns the registered-post product customary in country
// (ISO 3166-1 alpha-2, e.g. "DE"). In a country with several languages
// the name is in lang (the interface language) where the operator uses
// it, else in the country's first one. ok is false for a country with no
// sure hint.
func Registered(country, lang string) (s Service, ok bool) {
	for _, e := range registered {
		if e[:2] != country {
			continue
		}
		if !ok || e[3:5] == lang {
			s, ok = Service{Name: e[6:], Lang: e[3:5]}, true
		}
	}
	return s, ok
}

// registered holds "CC ll Name": the country, the language of the name,
// the product and its operator; a country's first line is its default.
// Static data, not a map or a switch: it costs the wasm its text only.
var registered = [...]string{
	"AT de Einschreiben mit Rückschein (Österreichische Post)", // M
	// bpost serves in Dutch, French and German.
	"BE nl aangetekende zending met ontvangstbewijs (bpost)",                // M
	"BE fr envoi recommandé avec accusé de réception (bpost)",               // M
	"BE de Einschreiben mit Rückschein (bpost)",                             // M
	"BG bg препоръчано писмо с обратна разписка (Български пощи)",           // M
	"CY el συστημένη επιστολή με απόδειξη παραλαβής (Κυπριακά Ταχυδρομεία)", // M
	"CZ cs doporučený dopis s dodejkou (Česká pošta)",                       // M
	// V https://www.deutschepost.de/de/e/einschreiben/haeufige-fragen.html
	"DE de Einschreiben mit Rückschein (Deutsche Post)",
	// DK: none. PostNord stopped delivering letters in Denmark on
	// 30 Dec 2025 and Dao took them over (The Guardian, 2025-12-21); no
	// source yet for Dao's registered product.
	"EE et tähtkiri (Omniva)", // M
	// M; a burofax also proves the content, but not to every country.
	"ES es carta certificada con acuse de recibo (Correos)",
	// Posti serves in Finnish and Swedish.
	"FI fi kirjattu kirje (Posti)",                                // M
	"FI sv rekommenderat brev (Posti)",                            // M
	"FR fr lettre recommandée avec avis de réception (La Poste)",  // M
	"GR el συστημένη επιστολή με απόδειξη παραλαβής (ΕΛΤΑ)",       // M
	"HR hr preporučena pošiljka s povratnicom (Hrvatska pošta)",   // M
	"HU hu ajánlott levél tértivevénnyel (Magyar Posta)",          // M
	"IE en Registered Post (An Post)",                             // M
	"IS is ábyrgðarbréf (Pósturinn)",                              // M
	"IT it raccomandata A/R (Poste Italiane)",                     // M
	"LI de Einschreiben mit Rückschein (Liechtensteinische Post)", // M
	"LT lt registruotas laiškas (Lietuvos paštas)",                // M
	// POST Luxembourg serves in French and German.
	"LU fr envoi recommandé avec avis de réception (POST Luxembourg)", // M
	"LU de Einschreiben mit Rückschein (POST Luxembourg)",             // M
	// V https://pasts.lv/lv/uznemumiem/nosutisana/ierakstiti-pasta-sutijumi/
	"LV lv ierakstīta vēstule (Latvijas Pasts)",
	"MT en Registered Mail (MaltaPost)", // M
	"NL nl aangetekende brief (PostNL)", // M
	// V https://www.posten.no/sende/brev/med-sikkerhet/rekommandert-brev
	"NO no rekommandert brev (Posten)",
	"PL pl list polecony za potwierdzeniem odbioru (Poczta Polska)",       // M
	"PT pt correio registado com aviso de receção (CTT)",                  // M
	"RO ro scrisoare recomandată cu confirmare de primire (Poșta Română)", // M
	// M; PostNord still delivers letters in Sweden.
	"SE sv rekommenderat brev (PostNord)",
	"SI sl priporočena pošiljka s povratnico (Pošta Slovenije)", // M
	"SK sk doporučený list s doručenkou (Slovenská pošta)",      // M
}
