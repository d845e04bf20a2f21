// Package pdf renders a letter.Document as an A4 PDF in the DIN 5008 Form B
// layout for window envelopes, with UTF-8 TrueType fonts so that every EU
// language, Greek and Cyrillic included, prints correctly.
//
// The package is pure Go (github.com/go-pdf/fpdf; no go-app, no syscall/js)
// and embeds no fonts: the browser fetches them same-origin only when the
// person makes a PDF, and host code reads them from package web. Output is
// deterministic: the same Document and fonts give the same bytes.
package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"

	"github.com/objector-eu/objector/app/export"
	"github.com/objector-eu/objector/app/letter"
)

// Fonts are the TrueType files the PDF is set in (DejaVu Sans): the bytes
// of a regular and a bold face covering every character the letter uses.
type Fonts struct{ Regular, Bold []byte }

// The font files' names, in web/fonts and under /web/fonts/ on the site.
const (
	RegularFile = "DejaVuSans.ttf"
	BoldFile    = "DejaVuSans-Bold.ttf"
)

// LoadFonts reads RegularFile and BoldFile from fsys (web.Fonts on the host).
func LoadFonts(fsys fs.FS) (Fonts, error) {
	regular, err := fs.ReadFile(fsys, RegularFile)
	if err != nil {
		return Fonts{}, err
	}
	bold, err := fs.ReadFile(fsys, BoldFile)
	if err != nil {
		return Fonts{}, err
	}
	return Fonts{Regular: regular, Bold: bold}, nil
}

// Page geometry in millimetres: A4 and DIN 5008 Form B.
const (
	pageWidth   = 210.0
	pageHeight  = 297.0
	marginLeft  = 25.0 // DIN 5008: at least 25 mm
	marginRight = 20.0 // DIN 5008: at least 20 mm
	textWidth   = pageWidth - marginLeft - marginRight
	marginTop   = 20.0 // pages after the first
	bottom      = 25.0 // body text ends here, above the page number

	// The address field of Form B: 85 × 45 mm, 20 mm from the left edge and
	// 45 mm from the top, a 17.7 mm Zusatz- und Vermerkzone (return line,
	// dispatch notice) above a 27.3 mm Anschriftzone (the recipient).
	fieldLeft   = 20.0
	fieldTop    = 45.0
	fieldWidth  = 85.0
	noteZone    = 17.7
	addressZone = 27.3
	// Text in the field starts 5 mm in, aligned with the body, so that it
	// stays inside the window when the sheet shifts in the envelope.
	fieldPad = marginLeft - fieldLeft

	// The sender's block sits top right, where the letterhead of Form B is.
	senderLeft  = 125.0
	senderTop   = 15.0
	senderWidth = pageWidth - marginRight - senderLeft

	// Fold marks for a DL envelope and the hole-punch mark.
	foldTop    = 105.0
	foldBottom = 210.0
	holeMark   = 148.5

	bodySize    = 10.0 // pt
	lineHeight  = 4.6  // mm, for bodySize
	smallSize   = 7.0  // return line
	noticeSize  = 9.0
	pageNumSize = 8.0
	signSpace   = 15.0 // room for the handwritten signature
	family      = "dejavu"
)

// Render lays doc out as an A4 PDF in the DIN 5008 Form B layout and
// returns the file. Its metadata are the title and the author (the
// signature) and the letter's date as creation date; no producer or creator
// strings. A letter longer than a page continues on further pages, all
// numbered "n/N". Render never panics: a failure inside the PDF library is
// returned as an error.
func Render(doc letter.Document, fonts Fonts) (out []byte, err error) {
	if err := checkFont(fonts.Regular); err != nil {
		return nil, fmt.Errorf("pdf: regular font: %w", err)
	}
	if err := checkFont(fonts.Bold); err != nil {
		return nil, fmt.Errorf("pdf: bold font: %w", err)
	}
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("pdf: %v", r)
		}
	}()

	f := fpdf.NewCustom(&fpdf.InitType{
		OrientationStr: "P",
		UnitStr:        "mm",
		Size:           fpdf.SizeType{Wd: pageWidth, Ht: pageHeight},
	})
	f.SetCatalogSort(true)
	f.SetCompression(true)
	f.SetProducer("", false)
	f.SetTitle(line(doc.Title), true)
	f.SetAuthor(line(doc.Signature), true)
	if lang := langTag(doc.Lang); lang != "" {
		f.SetLang(lang) // lets screen readers pick the voice
	}
	created := doc.Date
	if created.IsZero() {
		created = time.Unix(0, 0) // fixed, so the output stays reproducible
	}
	created = time.Date(created.Year(), created.Month(), created.Day(), 0, 0, 0, 0, time.UTC)
	f.SetCreationDate(created)
	f.SetModificationDate(created)

	f.AddUTF8FontFromBytes(family, "", fonts.Regular)
	f.AddUTF8FontFromBytes(family, "B", fonts.Bold)
	// fpdf only prints a font it cannot parse; selecting it reports it.
	f.SetFont(family, "", bodySize)
	f.SetFont(family, "B", bodySize)
	if err := f.Error(); err != nil {
		return nil, fmt.Errorf("pdf: fonts: %w", err)
	}
	f.SetMargins(marginLeft, marginTop, marginRight)
	f.SetCellMargin(0)
	f.SetAutoPageBreak(true, bottom)
	f.SetDrawColor(0, 0, 0)
	f.SetTextColor(0, 0, 0)

	r := renderer{f: f}
	f.AddPage()
	r.marks()
	r.sender(doc.Sender)
	r.addressField(doc.ReturnLine, doc.Notice, doc.Recipient)
	r.letter(doc)
	r.pageNumbers()

	if err := f.Error(); err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	var b bytes.Buffer
	if err := f.Output(&b); err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	return b.Bytes(), nil
}

// renderer draws one Document onto f.
type renderer struct {
	f *fpdf.Fpdf
}

func (r renderer) font(style string, size float64) { r.f.SetFont(family, style, size) }

// marks draws the fold marks and the hole-punch mark at the left edge.
func (r renderer) marks() {
	r.f.SetLineWidth(0.2)
	r.f.SetDrawColor(128, 128, 128)
	for _, y := range []float64{foldTop, foldBottom} {
		r.f.Line(3, y, 8, y)
	}
	r.f.Line(3, holeMark, 10, holeMark)
	r.f.SetDrawColor(0, 0, 0)
}

// sender writes the person's address block top right, the name in bold,
// shrunk to fit the block's width.
func (r renderer) sender(lines []string) {
	lines = lineList(lines)
	if len(lines) == 0 {
		return
	}
	size := r.fit(lines, senderWidth, bodySize, 7, "")
	h := lineHeight * size / bodySize
	y := senderTop
	for i, l := range lines {
		style := ""
		if i == 0 {
			style = "B"
		}
		r.font(style, size)
		r.f.SetXY(senderLeft, y)
		r.f.CellFormat(senderWidth, h, l, "", 0, "L", false, 0, "")
		y += h
	}
}

// addressField writes the return line and the dispatch notice into the
// Zusatz- und Vermerkzone and the recipient into the Anschriftzone.
func (r renderer) addressField(returnLine, notice string, recipient []string) {
	x := fieldLeft + fieldPad
	w := fieldWidth - fieldPad
	if returnLine = line(returnLine); returnLine != "" {
		size := r.fit([]string{returnLine}, w, smallSize, 5, "")
		r.font("U", size)
		r.f.SetXY(x, fieldTop+1.5)
		r.f.CellFormat(w, 3.5, r.clip(returnLine, w), "", 0, "L", false, 0, "")
	}
	if notice = line(notice); notice != "" {
		size := r.fit([]string{notice}, w, noticeSize, 6, "B")
		r.font("B", size)
		r.f.SetXY(x, fieldTop+noteZone-4.5)
		r.f.CellFormat(w, 4, r.clip(notice, w), "", 0, "L", false, 0, "")
	}
	lines := lineList(recipient)
	if len(lines) == 0 {
		return
	}
	// Six lines fit the zone at the body size; more are set smaller.
	h := min(lineHeight, (addressZone-0.5)/float64(len(lines)))
	size := min(bodySize*h/lineHeight, r.fit(lines, w, bodySize, 6, ""))
	r.font("", size)
	y := fieldTop + noteZone + 0.5
	for _, l := range lines {
		r.f.SetXY(x, y)
		r.f.CellFormat(w, h, l, "", 0, "L", false, 0, "")
		y += h
	}
}

// letter writes everything below the address field: place and date,
// subject, salutation, body, closing, signature and enclosures.
func (r renderer) letter(doc letter.Document) {
	f := r.f
	y := fieldTop + noteZone + addressZone + 8 // 98 mm
	if pd := line(doc.PlaceDate); pd != "" {
		r.font("", bodySize)
		f.SetXY(marginLeft, y)
		f.CellFormat(textWidth, lineHeight, pd, "", 0, "R", false, 0, "")
	}
	f.SetXY(marginLeft, y+2*lineHeight)
	if s := line(doc.Subject); s != "" {
		r.font("B", bodySize)
		f.MultiCell(textWidth, lineHeight, s, "", "L", false)
		f.Ln(2 * lineHeight)
	}
	r.font("", bodySize)
	if s := line(doc.Salutation); s != "" {
		r.paragraph(s)
	}
	for _, b := range doc.Body {
		r.block(b)
	}
	closing, signature := line(doc.Closing), line(doc.Signature)
	if closing != "" || signature != "" {
		// Keep the closing, the room to sign and the name on one page.
		r.need(2*lineHeight + signSpace)
		r.font("", bodySize)
		if closing != "" {
			f.MultiCell(textWidth, lineHeight, closing, "", "L", false)
		}
		f.Ln(signSpace)
		if signature != "" {
			f.MultiCell(textWidth, lineHeight, signature, "", "L", false)
		}
	}
	if items := lineList(doc.Enclosures); len(items) > 0 {
		f.Ln(lineHeight)
		r.need(float64(1+min(len(items), 3)) * lineHeight)
		r.font("", bodySize)
		if label := line(doc.EnclosuresLabel); label != "" {
			f.MultiCell(textWidth, lineHeight, label, "", "L", false)
		}
		for _, item := range items {
			f.MultiCell(textWidth, lineHeight, item, "", "L", false)
		}
	}
}

// block writes one body block followed by a blank line.
func (r renderer) block(b letter.Block) {
	f := r.f
	switch b.Kind {
	case letter.Heading:
		if t := line(b.Text); t != "" {
			r.need(3 * lineHeight) // a heading never ends a page
			r.font("B", bodySize)
			f.MultiCell(textWidth, lineHeight, t, "", "L", false)
			f.Ln(1)
			r.font("", bodySize)
		}
	case letter.List:
		r.font("", bodySize)
		var items []string
		for _, item := range b.Items {
			if item = text(item); item != "" {
				items = append(items, item)
			}
		}
		if lead := text(b.Text); lead != "" {
			r.need(2 * lineHeight)
			f.MultiCell(textWidth, lineHeight, lead, "", "L", false)
			f.Ln(1)
		}
		if len(items) == 0 {
			f.Ln(lineHeight - 1)
			return
		}
		label := strconv.Itoa(len(items)) + ". "
		indent := f.GetStringWidth(label) + 1
		for i, item := range items {
			f.SetX(marginLeft)
			f.CellFormat(indent-1, lineHeight, strconv.Itoa(i+1)+".", "", 0, "R", false, 0, "")
			f.SetX(marginLeft + indent)
			f.MultiCell(textWidth-indent, lineHeight, item, "", "L", false)
			f.Ln(1.5)
		}
		f.Ln(lineHeight - 1.5)
	default:
		if t := text(b.Text); t != "" {
			r.font("", bodySize)
			r.paragraph(t)
		}
	}
}

// paragraph writes running text and a blank line after it.
func (r renderer) paragraph(s string) {
	r.f.SetX(marginLeft)
	r.f.MultiCell(textWidth, lineHeight, s, "", "L", false)
	r.f.Ln(lineHeight)
}

// need starts a new page unless h millimetres are left on this one.
func (r renderer) need(h float64) {
	_, pageH := r.f.GetPageSize()
	if r.f.GetY()+h > pageH-bottom {
		r.f.AddPage()
	}
}

// pageNumbers writes "n/N" at the foot of every page of a letter longer
// than one page. It runs last, when N is known.
func (r renderer) pageNumbers() {
	f := r.f
	n := f.PageCount()
	if n < 2 {
		return
	}
	f.SetAutoPageBreak(false, 0)
	for p := 1; p <= n; p++ {
		f.SetPage(p)
		// Select the font anew on each page: fpdf writes a font change only
		// into the page that was current when it happened.
		r.font("", pageNumSize+1)
		r.font("", pageNumSize)
		f.SetXY(marginLeft, pageHeight-15)
		f.CellFormat(textWidth, 4, strconv.Itoa(p)+"/"+strconv.Itoa(n), "", 0, "R", false, 0, "")
	}
}

// fit returns the largest font size from max down to least at which every
// line is at most w millimetres wide.
func (r renderer) fit(lines []string, w, max, least float64, style string) float64 {
	r.font(style, max)
	widest := 0.0
	for _, l := range lines {
		widest = maxf(widest, r.f.GetStringWidth(l))
	}
	if widest <= w {
		return max
	}
	return maxf(least, max*w/widest)
}

// clip shortens s with an ellipsis until it fits w millimetres at the
// current font: for the one-line zones of the address field.
func (r renderer) clip(s string, w float64) string {
	if r.f.GetStringWidth(s) <= w {
		return s
	}
	room := w - r.f.GetStringWidth("…")
	used := 0.0
	for i, c := range s {
		if used += r.f.GetStringWidth(string(c)); used > room {
			return s[:i] + "…"
		}
	}
	return s
}

func maxf(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

// text is export.Clean for the PDF: characters beyond the Basic
// Multilingual Plane (emoji and rarer scripts) become U+FFFD, because the
// PDF library indexes its width tables with 16 bits and the fonts have no
// such glyphs anyway.
func text(s string) string {
	s = export.Clean(s)
	return strings.Map(func(r rune) rune {
		if r > 0xFFFF {
			return '\uFFFD'
		}
		return r
	}, s)
}

// line is text on one line (export.OneLine).
func line(s string) string {
	return strings.TrimSpace(strings.ReplaceAll(text(s), "\n", " "))
}

// lineList cleans lines and drops the empty ones.
func lineList(ls []string) []string {
	var out []string
	for _, l := range ls {
		if l = line(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// langTag returns s when it is shaped like a BCP 47 tag, else "": it goes
// into the PDF catalog unescaped.
func langTag(s string) string {
	if s == "" || len(s) > 35 {
		return ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-') {
			return ""
		}
	}
	return s
}

// fontTables are the TrueType tables fpdf reads.
var fontTables = []string{"cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name", "post"}

// checkFont refuses what is not a complete TrueType font before fpdf sees
// it: fpdf reads a truncated table directory or table past the end of the
// data, and only prints the errors it notices.
func checkFont(b []byte) error {
	if len(b) < 12 {
		return errors.New("missing or too short")
	}
	if v := be32(b, 0); v != 0x00010000 && v != 0x74727565 { // 1.0 or "true"
		return errors.New("not a TrueType font")
	}
	n := int(be16(b, 4))
	if len(b) < 12+16*n {
		return errors.New("truncated table directory")
	}
	found := map[string]bool{}
	for i := 0; i < n; i++ {
		rec := 12 + 16*i
		tag := string(b[rec : rec+4])
		off, size := uint64(be32(b, rec+8)), uint64(be32(b, rec+12))
		if off+size > uint64(len(b)) {
			return fmt.Errorf("table %q runs past the end of the file", tag)
		}
		found[tag] = true
	}
	for _, tag := range fontTables {
		if !found[tag] {
			return fmt.Errorf("no %q table", tag)
		}
	}
	return nil
}

func be16(b []byte, i int) uint16 { return uint16(b[i])<<8 | uint16(b[i+1]) }
func be32(b []byte, i int) uint32 { return uint32(be16(b, i))<<16 | uint32(be16(b, i+2)) }
