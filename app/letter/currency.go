package letter

import "strings"

// currencies maps the EU/EEA countries (and Switzerland and the United
// Kingdom) that do not use the euro to their ISO 4217 currency. Bulgaria
// adopted the euro on 1 January 2026.
var currencies = map[string]string{
	"CZ": "CZK",
	"DK": "DKK",
	"HU": "HUF",
	"PL": "PLN",
	"RO": "RON",
	"SE": "SEK",
	"IS": "ISK",
	"NO": "NOK",
	"LI": "CHF",
	"CH": "CHF",
	"GB": "GBP",
}

// CurrencyOf returns the ISO 4217 code of the currency of a country (ISO
// 3166-1 alpha-2, any case): the one a damages claim is written in unless
// the person picks another. Euro-area and unknown countries get "EUR".
func CurrencyOf(country string) string {
	if c, ok := currencies[strings.ToUpper(strings.TrimSpace(country))]; ok {
		return c
	}
	return "EUR"
}
