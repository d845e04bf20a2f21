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
	// A switch, not a map: nothing to build at start-up in the wasm.
	switch country {
	case "AT": // M
		return Service{"Einschreiben mit Rückschein (Österreichische Post)", "de"}, true
	case "BE": // M; bpost serves in Dutch, French and German.
		switch lang {
		case "fr":
			return Service{"envoi recommandé avec accusé de réception (bpost)", "fr"}, true
		case "de":
			return Service{"Einschreiben mit Rückschein (bpost)", "de"}, true
		}
		return Service{"aangetekende zending met ontvangstbewijs (bpost)", "nl"}, true
	case "BG": // M
		return Service{"препоръчано писмо с обратна разписка (Български пощи)", "bg"}, true
	case "CY": // M
		return Service{"συστημένη επιστολή με απόδειξη παραλαβής (Κυπριακά Ταχυδρομεία)", "el"}, true
	case "CZ": // M
		return Service{"doporučený dopis s dodejkou (Česká pošta)", "cs"}, true
	case "DE": // V https://www.deutschepost.de/de/e/einschreiben/haeufige-fragen.html
		return Service{"Einschreiben mit Rückschein (Deutsche Post)", "de"}, true
	case "DK":
		// None: PostNord stopped delivering letters in Denmark on
		// 30 Dec 2025 and Dao took them over (The Guardian, 2025-12-21);
		// no source yet for Dao's registered product.
		return Service{}, false
	case "EE": // M
		return Service{"tähtkiri (Omniva)", "et"}, true
	case "ES": // M; a burofax also proves the content, but not to every country.
		return Service{"carta certificada con acuse de recibo (Correos)", "es"}, true
	case "FI": // M; Posti serves in Finnish and Swedish.
		if lang == "sv" {
			return Service{"rekommenderat brev (Posti)", "sv"}, true
		}
		return Service{"kirjattu kirje (Posti)", "fi"}, true
	case "FR": // M
		return Service{"lettre recommandée avec avis de réception (La Poste)", "fr"}, true
	case "GR": // M
		return Service{"συστημένη επιστολή με απόδειξη παραλαβής (ΕΛΤΑ)", "el"}, true
	case "HR": // M
		return Service{"preporučena pošiljka s povratnicom (Hrvatska pošta)", "hr"}, true
	case "HU": // M
		return Service{"ajánlott levél tértivevénnyel (Magyar Posta)", "hu"}, true
	case "IE": // M
		return Service{"Registered Post (An Post)", "en"}, true
	case "IS": // M
		return Service{"ábyrgðarbréf (Pósturinn)", "is"}, true
	case "IT": // M
		return Service{"raccomandata A/R (Poste Italiane)", "it"}, true
	case "LI": // M
		return Service{"Einschreiben mit Rückschein (Liechtensteinische Post)", "de"}, true
	case "LT": // M
		return Service{"registruotas laiškas (Lietuvos paštas)", "lt"}, true
	case "LU": // M; POST Luxembourg serves in French and German.
		if lang == "de" {
			return Service{"Einschreiben mit Rückschein (POST Luxembourg)", "de"}, true
		}
		return Service{"envoi recommandé avec avis de réception (POST Luxembourg)", "fr"}, true
	case "LV": // V https://pasts.lv/lv/uznemumiem/nosutisana/ierakstiti-pasta-sutijumi/
		return Service{"ierakstīta vēstule (Latvijas Pasts)", "lv"}, true
	case "MT": // M
		return Service{"Registered Mail (MaltaPost)", "en"}, true
	case "NL": // M
		return Service{"aangetekende brief (PostNL)", "nl"}, true
	case "NO": // V https://www.posten.no/sende/brev/med-sikkerhet/rekommandert-brev
		return Service{"rekommandert brev (Posten)", "no"}, true
	case "PL": // M
		return Service{"list polecony za potwierdzeniem odbioru (Poczta Polska)", "pl"}, true
	case "PT": // M
		return Service{"correio registado com aviso de receção (CTT)", "pt"}, true
	case "RO": // M
		return Service{"scrisoare recomandată cu confirmare de primire (Poșta Română)", "ro"}, true
	case "SE": // M; PostNord still delivers letters in Sweden.
		return Service{"rekommenderat brev (PostNord)", "sv"}, true
	case "SI": // M
		return Service{"priporočena pošiljka s povratnico (Pošta Slovenije)", "sl"}, true
	case "SK": // M
		return Service{"doporučený list s doručenkou (Slovenská pošta)", "sk"}, true
	}
	return Service{}, false
}
