// Package authority lists the EU/EEA data protection supervisory
// authorities a person can complain to about a company (Art. 77 GDPR): the
// national authority of every EU and EEA state but Germany, the 16 German
// Länder authorities (competent for companies; the federal BfDI is not)
// and those of Iceland, Liechtenstein and Norway, 45 in all. Church,
// broadcasting and non-EEA authorities are left out.
//
// Addresses: datenanfragen/data (CC0), https://github.com/datenanfragen/data,
// each record's page in Source; names, languages and the German Länder
// checked against the authorities' own pages where noted. It is pure Go
// data: nothing to decode at start-up, nothing global that changes.
package authority

import "strings"

// Authority is a supervisory authority a complaint can be addressed to.
type Authority struct {
	// Slug is the stable key: the datenanfragen/data record's slug
	// ("deberlbdi", "iedpc", "frcnil").
	Slug string
	// Name is the authority's official name in its own language, as the
	// first line of a letter's address block reads.
	Name string
	// Country is the ISO 3166-1 alpha-2 code of the authority's state
	// ("GR" for Greece).
	Country string
	// Land is, for a German authority, the two-letter code of its Land
	// (BW BY BE BB HB HH HE MV NI NW RP SL SN ST SH TH); empty elsewhere.
	Land string
	// Street holds the address lines before the postal code and city
	// (street or post office box).
	Street []string
	// PostalCode and City complete the address; the letter engine prints
	// them in the country's order. An Irish PostalCode is the Eircode and
	// City the postal district ("Dublin 2").
	PostalCode, City string
	// Email is the authority's general address; empty where it publishes
	// none. Whether a complaint may be sent to it says EmailComplaints.
	Email string
	// ComplaintForm is the authority's online complaint form (https);
	// empty where it has none.
	ComplaintForm string
	// Web is the authority's web site (https).
	Web string
	// Languages are the languages the authority takes complaints in
	// (ISO 639-1), the default for a complaint first.
	Languages []string
	// EmailComplaints reports whether a complaint may be sent by plain
	// e-mail to Email. It is false where the authority wants its form, an
	// e-office, certified mail (PEC) or a qualified electronic signature,
	// or post only.
	EmailComplaints bool
	// Source is the public URL of the record the entry comes from;
	// Checked is the date (YYYY-MM-DD) it was last checked against it.
	Source, Checked string
}

// record is the public page of a datenanfragen/data record, less the
// slug and ".json".
const record = "https://github.com/datenanfragen/data/blob/master/supervisory-authorities/"

// checked is when the entries were transcribed from the records of
// datenanfragen/data (commit 0a29c3d6 of 2026-07-21) and compared with the
// project's legal notes; the authorities' pages were searched where the
// two differed or a record was silent (e-mail complaints), not re-read
// live one by one.
const checked = "2026-12-07"

// authorities is the list, by country code and, in Germany, by Land code.
// Where the record and the project's legal notes disagree, the comment
// says which was used and why.
var authorities = []Authority{
	{
		Slug: "atdsb", Name: "Österreichische Datenschutzbehörde", Country: "AT",
		Street: []string{"Barichgasse 40-42"}, PostalCode: "1030", City: "Wien",
		Email:           "dsb@dsb.gv.at",
		ComplaintForm:   "https://www.formularservice.gv.at/site/fsrv/user/formular.aspx?pid=5a37966ab26c4489adc20dc53162fa4d&pn=Bf10e1134f601464e9b3835170de668bd",
		Web:             "https://www.dsb.gv.at/",
		Languages:       []string{"de"},
		EmailComplaints: true,
		Source:          record + "atdsb.json", Checked: checked,
	},
	{
		// The record gives both names and the Dutch street and an English
		// city; the authority is bilingual, so is its address here. The
		// record names no complaint language: Dutch and French, the
		// authority's working languages.
		Slug: "beapd", Name: "Gegevensbeschermingsautoriteit / Autorité de protection des données", Country: "BE",
		Street: []string{"Drukpersstraat 35 / Rue de la Presse 35"}, PostalCode: "1000", City: "Brussel / Bruxelles",
		Email:           "contact@apd-gba.be",
		ComplaintForm:   "https://www.dataprotectionauthority.be/citizen/actions/lodge-a-complaint",
		Web:             "https://www.dataprotectionauthority.be/",
		Languages:       []string{"nl", "fr"},
		EmailComplaints: true,
		Source:          record + "beapd.json", Checked: checked,
	},
	{
		// The record's name is English; the native one is from the legal
		// notes. A complaint by e-mail must carry a qualified electronic
		// signature (the record's comment), which a mail client cannot add.
		Slug: "bgcpdp", Name: "Комисия за защита на личните данни", Country: "BG",
		Street: []string{"2 Prof. Tsvetan Lazarov Blvd."}, PostalCode: "1592", City: "Sofia",
		Email:     "kzld@cpdp.bg",
		Web:       "https://www.cpdp.bg/",
		Languages: []string{"bg"},
		Source:    record + "bgcpdp.json", Checked: checked,
	},
	{
		// Name: the record drops "Προστασίας"; the office's own name, as
		// in the legal notes, has it. Web: the record's http:// upgraded.
		Slug: "cydp", Name: "Γραφείο Επιτρόπου Προστασίας Δεδομένων Προσωπικού Χαρακτήρα", Country: "CY",
		Street: []string{"Τ.Θ. 23378"}, PostalCode: "1682", City: "Λευκωσία (Nicosia)",
		Email:           "commissioner@dataprotection.gov.cy",
		ComplaintForm:   "https://www.dataprotection.gov.cy/dataprotection/dataprotection.nsf/All/2FBD2ACD407DEFE8C22582B9002E7019",
		Web:             "https://www.dataprotection.gov.cy/",
		Languages:       []string{"el"},
		EmailComplaints: true,
		Source:          record + "cydp.json", Checked: checked,
	},
	{
		Slug: "czcuooz", Name: "Úřad pro ochranu osobních údajů", Country: "CZ",
		Street: []string{"Pplk. Sochora 27"}, PostalCode: "170 00", City: "Praha 7",
		Email:           "posta@uoou.cz",
		Web:             "https://www.uoou.cz/",
		Languages:       []string{"cs"},
		EmailComplaints: true,
		Source:          record + "czcuooz.json", Checked: checked,
	},
	{
		Slug: "debralda", Name: "Die Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg", Country: "DE", Land: "BB",
		Street: []string{"Stahnsdorfer Damm 77"}, PostalCode: "14532", City: "Kleinmachnow",
		Email:           "poststelle@lda.brandenburg.de",
		ComplaintForm:   "https://www.lda.brandenburg.de/lda/de/service/formulare-und-musterschreiben/beschwerdeformular/",
		Web:             "https://www.lda.brandenburg.de/",
		Languages:       []string{"de"},
		EmailComplaints: true,
		Source:          record + "debralda.json", Checked: checked,
	},
	{
		Slug: "deberlbdi", Name: "Berliner Beauftragte für Datenschutz und Informationsfreiheit", Country: "DE", Land: "BE",
		Street: []string{"Alt-Moabit 59-61"}, PostalCode: "10555", City: "Berlin",
		Email:           "mailbox@datenschutz-berlin.de",
		ComplaintForm:   "https://kontakt.datenschutz-berlin.de/",
		Web:             "https://www.datenschutz-berlin.de/",
		Languages:       []string{"de"},
		EmailComplaints: true,
		Source:          record + "deberlbdi.json", Checked: checked,
	},
	{
		Slug: "debawueldb", Name: "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg", Country: "DE", Land: "BW",
		Street: []string{"Postfach 10 29 32"}, PostalCode: "70025", City: "Stuttgart",
		Email:           "poststelle@lfdi.bwl.de",
		ComplaintForm:   "https://www.service-bw.de/onlineantraege/onlineantrag?processInstanceId=994719535",
		Web:             "https://www.baden-wuerttemberg.datenschutz.de/",
		Languages:       []string{"de"},
		EmailComplaints: true,
		Source:          record + "debawueldb.json", Checked: checked,
	},
	{
		// BayLDA, the authority for the private sector in Bavaria; the
		// Bavarian Landesbeauftragte (debayldb) supervises public bodies.
		Slug: "debaylda", Name: "Bayerisches Landesamt für Datenschutzaufsicht", Country: "DE", Land: "BY",
		Street: []string{"Postfach 1349"}, PostalCode: "91504", City: "Ansbach",
		Email:           "poststelle@lda.bayern.de",
		ComplaintForm:   "https://www.lda.bayern.de/de/beschwerde.html",
		Web:             "https://www.lda.bayern.de/",
		Languages:       []string{"de"},
		EmailComplaints: true,
		Source:          record + "debaylda.json", Checked: checked,
	},
	{
		Slug: "debrelfdi", Name: "Die Landesbeauftragte für Datenschutz und Informationsfreiheit Bremen", Country: "DE", Land: "HB",
		Street: []string{"Arndtstraße 1"}, PostalCode: "27570", City: "Bremerhaven",
		Email:           "office@datenschutz.bremen.de",
		ComplaintForm:   "https://www.datenschutz.bremen.de/wir-ueber-uns/online-meldungen/beschwerdeformular-15253",
		Web:             "https://www.datenschutz.bremen.de/",
		Languages:       []string{"de"},
		EmailComplaints: true,
		Source:          record + "debrelfdi.json", Checked: checked,
	},
	{
		Slug: "dehessbdi", Name: "Der Hessische Beauftragte für Datenschutz und Informationsfreiheit", Country: "DE", Land: "HE",
		Street: []string{"Postfach 3163"}, PostalCode: "65021", City: "Wiesbaden",
		Email:           "poststelle@datenschutz.hessen.de",
		ComplaintForm:   "https://datenschutz.hessen.de/service/beschwerde-uebermitteln",
		Web:             "https://datenschutz.hessen.de/",
		Languages:       []string{"de"},
		EmailComplaints: true,
		Source:          record + "dehessbdi.json", Checked: checked,
	},
	{
		// The record's "Ludwig-Erhard-Str 22, 7. OG" with the dot the
		// legal notes have.
		Slug: "dehmbbfdi", Name: "Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit", Country: "DE", Land: "HH",
		Street: []string{"Ludwig-Erhard-Str. 22, 7. OG"}, PostalCode: "20459", City: "Hamburg",
		Email:           "mailbox@datenschutz.hamburg.de",
		ComplaintForm:   "https://datenschutz-hamburg.de/beschwerde/",
		Web:             "https://datenschutz-hamburg.de/",
		Languages:       []string{"de"},
		EmailComplaints: true,
		Source:          record + "dehmbbfdi.json", Checked: checked,
	},
	{
		Slug: "demvldi", Name: "Der Landesbeauftragte für Datenschutz und Informationsfreiheit Mecklenburg-Vorpommern", Country: "DE", Land: "MV",
		Street: []string{"Schloss Schwerin", "Lennéstraße 1"}, PostalCode: "19053", City: "Schwerin",
		Email:           "info@datenschutz-mv.de",
		ComplaintForm:   "https://www.datenschutz-mv.de/kontakt/online-beschwerdeformular-mitteilung-ueber-einen-datenschutzverstoss/",
		Web:             "https://www.datenschutz-mv.de/",
		Languages:       []string{"de"},
		EmailComplaints: true,
		Source:          record + "demvldi.json", Checked: checked,
	},
	{
		Slug: "dendslfd", Name: "Der Landesbeauftragte für den Datenschutz Niedersachsen", Country: "DE", Land: "NI",
		Street: []string{"Postfach 221"}, PostalCode: "30002", City: "Hannover",
		Email:           "poststelle@lfd.niedersachsen.de",
		ComplaintForm:   "https://www.navo.niedersachsen.de/navo2/portal/csend/8915/fileget/dsbeschwerdeformular.html",
		Web:             "https://lfd.niedersachsen.de/startseite/",
		Languages:       []string{"de"},
		EmailComplaints: true,
		Source:          record + "dendslfd.json", Checked: checked,
	},
	{
		// The record gives no web form.
		Slug: "denrwldi", Name: "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen", Country: "DE", Land: "NW",
		Street: []string{"Kavalleriestraße 2-4"}, PostalCode: "40213", City: "Düsseldorf",
		Email:           "poststelle@ldi.nrw.de",
		Web:             "https://www.ldi.nrw.de/",
		Languages:       []string{"de"},
		EmailComplaints: true,
		Source:          record + "denrwldi.json", Checked: checked,
	},
	{
		Slug: "derlpbdi", Name: "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz", Country: "DE", Land: "RP",
		Street: []string{"Postfach 30 40"}, PostalCode: "55020", City: "Mainz",
		Email:           "poststelle@datenschutz.rlp.de",
		ComplaintForm:   "https://www.datenschutz.rlp.de/de/themenfelder-themen/online-services/beschwerdeformular/",
		Web:             "https://www.datenschutz.rlp.de/",
		Languages:       []string{"de"},
		EmailComplaints: true,
		Source:          record + "derlpbdi.json", Checked: checked,
	},
	{
		Slug: "deshuld", Name: "Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein", Country: "DE", Land: "SH",
		Street: []string{"Postfach 71 16"}, PostalCode: "24171", City: "Kiel",
		Email:           "mail@datenschutzzentrum.de",
		ComplaintForm:   "https://www.datenschutzzentrum.de/formular/beschwerde.php",
		Web:             "https://www.datenschutzzentrum.de/",
		Languages:       []string{"de"},
		EmailComplaints: true,
		Source:          record + "deshuld.json", Checked: checked,
	},
	{
		Slug: "desaarudz", Name: "Unabhängiges Datenschutzzentrum Saarland", Country: "DE", Land: "SL",
		Street: []string{"Fritz-Dobisch-Straße 12"}, PostalCode: "66111", City: "Saarbrücken",
		Email:           "poststelle@datenschutz.saarland.de",
		ComplaintForm:   "https://www.datenschutz.saarland.de/online-dienste/beschwerdeformular",
		Web:             "https://datenschutz.saarland.de/",
		Languages:       []string{"de"},
		EmailComplaints: true,
		Source:          record + "desaarudz.json", Checked: checked,
	},
	{
		Slug: "desaechsdsb", Name: "Sächsische Datenschutz- und Transparenzbeauftragte", Country: "DE", Land: "SN",
		Street: []string{"Postfach 11 01 32"}, PostalCode: "01330", City: "Dresden",
		Email:           "post@sdtb.sachsen.de",
		ComplaintForm:   "https://formulare.datenschutz.sachsen.de/form/provide/53/",
		Web:             "https://www.datenschutz.sachsen.de/",
		Languages:       []string{"de"},
		EmailComplaints: true,
		Source:          record + "desaechsdsb.json", Checked: checked,
	},
	{
		Slug: "desalbd", Name: "Landesbeauftragter für den Datenschutz Sachsen-Anhalt", Country: "DE", Land: "ST",
		Street: []string{"Postfach 1947"}, PostalCode: "39009", City: "Magdeburg",
		Email:           "poststelle@lfd.sachsen-anhalt.de",
		ComplaintForm:   "https://datenschutz.sachsen-anhalt.de/service/online-formulare/beschwerde-anfrage",
		Web:             "https://datenschutz.sachsen-anhalt.de/",
		Languages:       []string{"de"},
		EmailComplaints: true,
		Source:          record + "desalbd.json", Checked: checked,
	},
	{
		// The record gives no web form.
		Slug: "detlfdi", Name: "Thüringer Landesbeauftragter für den Datenschutz und die Informationsfreiheit", Country: "DE", Land: "TH",
		Street: []string{"Postfach 900455"}, PostalCode: "99107", City: "Erfurt",
		Email:           "poststelle@datenschutz.thueringen.de",
		Web:             "https://www.tlfdi.de/",
		Languages:       []string{"de"},
		EmailComplaints: true,
		Source:          record + "detlfdi.json", Checked: checked,
	},
	{
		Slug: "dkdi", Name: "Datatilsynet", Country: "DK",
		Street: []string{"Carl Jacobsens Vej 35"}, PostalCode: "2500", City: "Valby",
		Email:           "dt@datatilsynet.dk",
		Web:             "https://www.datatilsynet.dk/",
		Languages:       []string{"da"},
		EmailComplaints: true,
		Source:          record + "dkdi.json", Checked: checked,
	},
	{
		// Street: the record's English "39 Tatari St." in the Estonian
		// form of the legal notes. Web: the record's http:// upgraded.
		Slug: "eeaki", Name: "Andmekaitse Inspektsioon", Country: "EE",
		Street: []string{"Tatari 39"}, PostalCode: "10134", City: "Tallinn",
		Email:           "info@aki.ee",
		Web:             "https://www.aki.ee/",
		Languages:       []string{"et"},
		EmailComplaints: true,
		Source:          record + "eeaki.json", Checked: checked,
	},
	{
		// No e-mail address: complaints go through the electronic office
		// (sede electrónica) or by post.
		Slug: "esaepa", Name: "Agencia Española de Protección de Datos", Country: "ES",
		Street: []string{"C/ Jorge Juan, 6"}, PostalCode: "28001", City: "Madrid",
		ComplaintForm: "https://sedeagpd.gob.es/sede-electronica-web/vistas/infoSede/tramitesCiudadano.jsf",
		Web:           "https://www.aepd.es/",
		Languages:     []string{"es"},
		Source:        record + "esaepa.json", Checked: checked,
	},
	{
		// Finnish and Swedish are both national languages (the record
		// names Finnish only).
		Slug: "fitst", Name: "Tietosuojavaltuutetun toimisto", Country: "FI",
		Street: []string{"PL 800"}, PostalCode: "00531", City: "Helsinki",
		Email:           "tietosuoja@om.fi",
		ComplaintForm:   "https://tietosuoja.fi/ilmoitus-tietosuojavaltuutetulle",
		Web:             "https://tietosuoja.fi/",
		Languages:       []string{"fi", "sv"},
		EmailComplaints: true,
		Source:          record + "fitst.json", Checked: checked,
	},
	{
		// No e-mail address: complaints by the online form or by post.
		Slug: "frcnil", Name: "Commission nationale de l'informatique et des libertés (CNIL)", Country: "FR",
		Street: []string{"3 Place de Fontenoy", "TSA 80715"}, PostalCode: "75334", City: "PARIS CEDEX 07",
		ComplaintForm: "https://www.cnil.fr/fr/plaintes",
		Web:           "https://www.cnil.fr/",
		Languages:     []string{"fr"},
		Source:        record + "frcnil.json", Checked: checked,
	},
	{
		Slug: "grdpa", Name: "Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα", Country: "GR",
		Street: []string{"Kifissias 1-3"}, PostalCode: "115 23", City: "Athens",
		Email:           "complaints@dpa.gr",
		Web:             "https://www.dpa.gr/",
		Languages:       []string{"el"},
		EmailComplaints: true,
		Source:          record + "grdpa.json", Checked: checked,
	},
	{
		Slug: "hrazop", Name: "Agencija za zaštitu osobnih podataka", Country: "HR",
		Street: []string{"Selska cesta 136"}, PostalCode: "10000", City: "Zagreb",
		Email:           "azop@azop.hr",
		ComplaintForm:   "https://azop.hr/zahtjev-za-utvrdivanje-povrede-prava/",
		Web:             "https://azop.hr/",
		Languages:       []string{"hr"},
		EmailComplaints: true,
		Source:          record + "hrazop.json", Checked: checked,
	},
	{
		Slug: "hunaih", Name: "Nemzeti Adatvédelmi és Információszabadság Hatóság", Country: "HU",
		Street: []string{"Pf. 9."}, PostalCode: "1363", City: "Budapest",
		Email:           "ugyfelszolgalat@naih.hu",
		Web:             "https://www.naih.hu/",
		Languages:       []string{"hu"},
		EmailComplaints: true,
		Source:          record + "hunaih.json", Checked: checked,
	},
	{
		// The record's name is English ("Irish Data Protection
		// Commission"); this is the Commission's own English name. It asks
		// people to raise a concern through its online form
		// (dataprotection.ie, "Complaints handling, Investigations and
		// Enforcement for Individuals"), so no complaint by e-mail.
		Slug: "iedpc", Name: "Data Protection Commission", Country: "IE",
		Street: []string{"21 Fitzwilliam Square South"}, PostalCode: "D02 RD28", City: "Dublin 2",
		Email:         "info@dataprotection.ie",
		ComplaintForm: "https://forms.dataprotection.ie/contact",
		Web:           "https://www.dataprotection.ie/",
		Languages:     []string{"en"},
		Source:        record + "iedpc.json", Checked: checked,
	},
	{
		Slug: "isdpa", Name: "Persónuvernd", Country: "IS",
		Street: []string{"Rauðarárstígur 10"}, PostalCode: "105", City: "Reykjavík",
		Email:           "postur@personuvernd.is",
		Web:             "https://www.personuvernd.is/",
		Languages:       []string{"is"},
		EmailComplaints: true,
		Source:          record + "isdpa.json", Checked: checked,
	},
	{
		// The address is certified mail (PEC): it takes messages from
		// another PEC mailbox, not from an ordinary e-mail account, so a
		// complaint goes by PEC or registered post.
		Slug: "itgpdp", Name: "Garante per la protezione dei dati personali", Country: "IT",
		Street: []string{"Piazza Venezia 11"}, PostalCode: "00187", City: "Roma",
		Email:     "protocollo@pec.gpdp.it",
		Web:       "https://www.garanteprivacy.it/",
		Languages: []string{"it"},
		Source:    record + "itgpdp.json", Checked: checked,
	},
	{
		// Form: the record's http:// upgraded to https.
		Slug: "lidss", Name: "Datenschutzstelle Fürstentum Liechtenstein", Country: "LI",
		Street: []string{"Städtle 38", "Postfach 684"}, PostalCode: "9490", City: "Vaduz",
		Email:           "info.dss@llv.li",
		ComplaintForm:   "https://formulare.llv.li/formserver_DSS/start.do?generalid=DSS_BF",
		Web:             "https://www.datenschutzstelle.li/",
		Languages:       []string{"de"},
		EmailComplaints: true,
		Source:          record + "lidss.json", Checked: checked,
	},
	{
		// Street: the record's English "L. Sapiegos str. 17" in the
		// Lithuanian form of the legal notes; the postal code with the
		// LT- prefix Lithuanian Post asks for.
		Slug: "ltada", Name: "Valstybinė duomenų apsaugos inspekcija", Country: "LT",
		Street: []string{"L. Sapiegos g. 17"}, PostalCode: "LT-10312", City: "Vilnius",
		Email:           "ada@ada.lt",
		Web:             "https://vdai.lrv.lt/",
		Languages:       []string{"lt"},
		EmailComplaints: true,
		Source:          record + "ltada.json", Checked: checked,
	},
	{
		// The record names no complaint language: French and German, the
		// administrative languages the CNPD answers in.
		Slug: "lucnpd", Name: "Commission nationale pour la protection des données", Country: "LU",
		Street: []string{"15, Boulevard du Jazz"}, PostalCode: "L-4370", City: "Belvaux",
		Email:           "info@cnpd.lu",
		ComplaintForm:   "https://cnpd.public.lu/en/particuliers/faire-valoir/formulaire-plainte.html",
		Web:             "https://cnpd.public.lu/",
		Languages:       []string{"fr", "de"},
		EmailComplaints: true,
		Source:          record + "lucnpd.json", Checked: checked,
	},
	{
		// City: "Rīga" as in the legal notes (the record drops the macron).
		Slug: "lvdvi", Name: "Datu valsts inspekcija", Country: "LV",
		Street: []string{"Elijas iela 17"}, PostalCode: "LV-1050", City: "Rīga",
		Email:           "pasts@dvi.gov.lv",
		Web:             "https://www.dvi.gov.lv/",
		Languages:       []string{"lv"},
		EmailComplaints: true,
		Source:          record + "lvdvi.json", Checked: checked,
	},
	{
		// Maltese and English are both official; the record names English
		// only (its forms are in English), Maltese comes first as the
		// national language.
		Slug: "mtidpc", Name: "Office of the Information and Data Protection Commissioner", Country: "MT",
		Street: []string{"Floor 2, Airways House", "Triq Il-Kbira"}, PostalCode: "SLM 1549", City: "Tas-Sliema",
		Email:           "idpc.info@idpc.org.mt",
		ComplaintForm:   "https://register.idpc.org.mt/report-breach/complaint/",
		Web:             "https://idpc.org.mt/",
		Languages:       []string{"mt", "en"},
		EmailComplaints: true,
		Source:          record + "mtidpc.json", Checked: checked,
	},
	{
		// The AP takes a complaint through its form or by letter only
		// (autoriteitpersoonsgegevens.nl, "U dient een klacht, tip of
		// datalektip in"); the legal notes give no e-mail address, the
		// record its general one.
		Slug: "nlap", Name: "Autoriteit Persoonsgegevens", Country: "NL",
		Street: []string{"Postbus 93374"}, PostalCode: "2509 AJ", City: "DEN HAAG",
		Email:         "info@autoriteitpersoonsgegevens.nl",
		ComplaintForm: "https://autoriteitpersoonsgegevens.nl/nl/meldingsformulier-klachten",
		Web:           "https://autoriteitpersoonsgegevens.nl/",
		Languages:     []string{"nl"},
		Source:        record + "nlap.json", Checked: checked,
	},
	{
		// A complaint goes in writing to the postal address (the record
		// suggests a letter; datatilsynet.no, "Hvordan klage til
		// Datatilsynet?").
		Slug: "nods", Name: "Datatilsynet", Country: "NO",
		Street: []string{"Postboks 458 Sentrum"}, PostalCode: "0105", City: "Oslo",
		Email:     "postkasse@datatilsynet.no",
		Web:       "https://www.datatilsynet.no/",
		Languages: []string{"no"},
		Source:    record + "nods.json", Checked: checked,
	},
	{
		// An electronic complaint needs a qualified or trusted (ePUAP)
		// signature and goes through the office's electronic inbox
		// (uodo.gov.pl, "Skarga w formie elektronicznej"), not e-mail.
		Slug: "plgiodo", Name: "Urząd Ochrony Danych Osobowych", Country: "PL",
		Street: []string{"ul. Stawki 2"}, PostalCode: "00-193", City: "Warszawa",
		Email:     "kancelaria@uodo.gov.pl",
		Web:       "https://www.uodo.gov.pl/",
		Languages: []string{"pl"},
		Source:    record + "plgiodo.json", Checked: checked,
	},
	{
		// Name: the record's pre-reform "Protecção"; the Commission now
		// writes "Proteção", as the legal notes do.
		Slug: "ptcnpd", Name: "Comissão Nacional de Proteção de Dados", Country: "PT",
		Street: []string{"Av. D. Carlos I, 134, 1.º"}, PostalCode: "1200-651", City: "Lisboa",
		Email:           "geral@cnpd.pt",
		Web:             "https://www.cnpd.pt/",
		Languages:       []string{"pt"},
		EmailComplaints: true,
		Source:          record + "ptcnpd.json", Checked: checked,
	},
	{
		// The record names no complaint language: Romanian.
		Slug: "roanspdcp", Name: "Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal", Country: "RO",
		Street: []string{"B-dul G-ral. Gheorghe Magheru 28-30", "Sector 1"}, PostalCode: "010336", City: "București",
		Email:           "anspdcp@dataprotection.ro",
		ComplaintForm:   "https://www.dataprotection.ro/index.jsp?page=Plangeri_pagina_principala",
		Web:             "https://www.dataprotection.ro/",
		Languages:       []string{"ro"},
		EmailComplaints: true,
		Source:          record + "roanspdcp.json", Checked: checked,
	},
	{
		Slug: "sedi", Name: "Integritetsskyddsmyndigheten", Country: "SE",
		Street: []string{"Box 8114"}, PostalCode: "104 20", City: "Stockholm",
		Email:           "imy@imy.se",
		Web:             "https://www.imy.se/",
		Languages:       []string{"sv"},
		EmailComplaints: true,
		Source:          record + "sedi.json", Checked: checked,
	},
	{
		Slug: "siiprs", Name: "Informacijski pooblaščenec", Country: "SI",
		Street: []string{"Dunajska cesta 22"}, PostalCode: "1000", City: "Ljubljana",
		Email:           "gp.ip@ip-rs.si",
		Web:             "https://www.ip-rs.si/",
		Languages:       []string{"sl"},
		EmailComplaints: true,
		Source:          record + "siiprs.json", Checked: checked,
	},
	{
		Slug: "skunoou", Name: "Úrad na ochranu osobných údajov Slovenskej republiky", Country: "SK",
		Street: []string{"Hraničná 12"}, PostalCode: "820 07", City: "Bratislava 27",
		Email:           "statny.dozor@pdp.gov.sk",
		Web:             "https://dataprotection.gov.sk/uoou/",
		Languages:       []string{"sk"},
		EmailComplaints: true,
		Source:          record + "skunoou.json", Checked: checked,
	},
}

// All returns every authority, by country code and, in Germany, by Land
// code. The slices are copies: changing them changes nothing here.
func All() []Authority {
	out := make([]Authority, len(authorities))
	for i, a := range authorities {
		out[i] = a.clone()
	}
	return out
}

// Lookup returns the authority with the given slug.
func Lookup(slug string) (Authority, bool) {
	for _, a := range authorities {
		if a.Slug == slug {
			return a.clone(), true
		}
	}
	return Authority{}, false
}

// Slugs returns every slug in the order of All, for command-line help and
// "unknown authority" messages.
func Slugs() []string {
	out := make([]string, len(authorities))
	for i, a := range authorities {
		out[i] = a.Slug
	}
	return out
}

// ForCountry returns the authorities of a country (ISO 3166-1 alpha-2,
// either case): the 16 Länder authorities for Germany, one elsewhere in
// the EU and EEA, none for any other country.
func ForCountry(country string) []Authority {
	country = strings.ToUpper(strings.TrimSpace(country))
	var out []Authority
	for _, a := range authorities {
		if a.Country == country {
			out = append(out, a.clone())
		}
	}
	return out
}

// ForLand returns the authority of a German Land, by its two-letter code.
func ForLand(land string) (Authority, bool) {
	for _, a := range authorities {
		if a.Country == "DE" && a.Land == land {
			return a.clone(), true
		}
	}
	return Authority{}, false
}

// ForResidence returns the authority of the person's country of residence
// (Art. 77(1) GDPR). In Germany it is the authority of the Land the postal
// code lies in; where the code does not tell the Land for sure, a is zero
// and sure false, and the person must choose. Outside the EU and EEA, a is
// zero and sure false too.
func ForResidence(country, postalCode string) (a Authority, sure bool) {
	country = strings.ToUpper(strings.TrimSpace(country))
	if country == "DE" {
		land, ok := LandOf(postalCode)
		if !ok {
			return Authority{}, false
		}
		return ForLand(land)
	}
	all := ForCountry(country)
	if len(all) != 1 {
		return Authority{}, false
	}
	return all[0], true
}

func (a Authority) clone() Authority {
	a.Street = append([]string(nil), a.Street...)
	a.Languages = append([]string(nil), a.Languages...)
	return a
}
