package e2e

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The other engines (Firefox, WebKit) are driven over WebDriver, from Go
// and without a driver library: WebKit's WebKitWebDriver speaks W3C
// WebDriver over HTTP (https://www.w3.org/TR/webdriver2/), Firefox ESR
// speaks WebDriver BiDi itself over a websocket
// (https://www.w3.org/TR/webdriver-bidi/). Both sit behind engine, so one
// journey runs in each.

// engine is one browser window of an engine other than Chromium.
type engine interface {
	// navigate loads the URL and returns once its load event fired.
	navigate(url string) error
	// reload reloads the page and returns once its load event fired.
	reload() error
	// eval evaluates a JavaScript expression in the page, awaits it if it
	// is a promise, and returns its value as JSON.
	eval(expr string) (json.RawMessage, error)
	// click clicks the element the CSS selector finds, as a mouse would.
	click(css string) error
	// typeText focuses the element and types text as a keyboard would.
	typeText(css, text string) error
	// pageErrors returns the errors the engine reported about the page
	// (uncaught exceptions, console errors) so far, and whether it can
	// report them at all.
	pageErrors() ([]string, bool)
}

// evalJS wraps an expression so that both protocols return its awaited
// value as a JSON string.
func evalJS(expr string) string {
	return "(async () => JSON.stringify(await (" + expr + ")))()"
}

// freePort returns a TCP port nobody listens on right now, for a driver
// that must be told its port.
func freePort(t testing.TB) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// startProcess starts a command in its own process group, and ends the
// group (the browser's helper processes with it) when the test ends: asked
// first, so that Xvfb removes its lock file, then killed; gone before the
// test's temporary folders, which the processes wrote to, are removed.
func startProcess(t testing.TB, cmd *exec.Cmd) {
	t.Helper()
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting %s: %v", cmd.Path, err)
	}
	exited := make(chan struct{})
	go func() {
		cmd.Wait()
		close(exited)
	}()
	t.Cleanup(func() {
		group := -cmd.Process.Pid
		syscall.Kill(group, syscall.SIGTERM)
		for range 100 {
			if syscall.Kill(group, 0) != nil {
				break
			}
			time.Sleep(50 * time.Millisecond)
		}
		syscall.Kill(group, syscall.SIGKILL)
		<-exited
		for range 100 {
			if syscall.Kill(group, 0) != nil {
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
	})
}

// xDisplay returns an X display for a browser that has no headless mode
// (WebKitGTK's MiniBrowser): $DISPLAY, or a fresh Xvfb for the test.
func xDisplay(t testing.TB) string {
	t.Helper()
	if d := os.Getenv("DISPLAY"); d != "" {
		return d
	}
	xvfb, err := exec.LookPath("Xvfb")
	if err != nil {
		t.Fatal("no X display and no Xvfb: install xvfb (Debian: apt-get install -y xvfb)")
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	// Xvfb writes the number of the display it chose to -displayfd.
	cmd := exec.Command(xvfb, "-displayfd", "3", "-nolisten", "tcp", "-screen", "0", "1280x1024x24")
	cmd.ExtraFiles = []*os.File{w}
	startProcess(t, cmd)
	w.Close()
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil {
		t.Fatalf("Xvfb named no display: %v", err)
	}
	return ":" + strings.TrimSpace(line)
}

// webDriver is a session of W3C WebDriver over HTTP.
type webDriver struct {
	base string // http://127.0.0.1:port/session/id
}

// startWebKit starts WebKitWebDriver and a MiniBrowser session. MiniBrowser
// needs an X display; its home (and so its download folder) is a fresh
// directory, downloads.
func startWebKit(t testing.TB, driver, downloads string) *webDriver {
	t.Helper()
	home := t.TempDir()
	// GLib's download folder, where WebKitGTK saves a download it is not
	// told where to put.
	userDirs := filepath.Join(home, ".config", "user-dirs.dirs")
	if err := os.MkdirAll(filepath.Dir(userDirs), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(userDirs, []byte("XDG_DOWNLOAD_DIR=\""+downloads+"\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	port := freePort(t)
	cmd := exec.Command(driver, "--port="+strconv.Itoa(port))
	cmd.Env = append(os.Environ(), "DISPLAY="+xDisplay(t), "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"),
		"XDG_DATA_HOME="+filepath.Join(home, ".local", "share"), "XDG_CACHE_HOME="+filepath.Join(home, ".cache"))
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	startProcess(t, cmd)
	root := "http://127.0.0.1:" + strconv.Itoa(port)
	for deadline := time.Now().Add(30 * time.Second); ; {
		resp, err := http.Get(root + "/status")
		if err == nil {
			resp.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("WebKitWebDriver does not answer: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	caps := map[string]any{"capabilities": map[string]any{"alwaysMatch": map[string]any{
		"browserName":              "MiniBrowser",
		"webkitgtk:browserOptions": map[string]any{"binary": miniBrowser(), "args": []string{"--automation"}},
	}}}
	var session struct {
		SessionID    string         `json:"sessionId"`
		Capabilities map[string]any `json:"capabilities"`
	}
	if err := wdCall(http.MethodPost, root+"/session", caps, &session); err != nil {
		t.Fatalf("WebKit session: %v", err)
	}
	d := &webDriver{base: root + "/session/" + session.SessionID}
	t.Logf("WebKit %v (%v)", session.Capabilities["browserVersion"], session.Capabilities["browserName"])
	t.Cleanup(func() { wdCall(http.MethodDelete, d.base, nil, nil) })
	if err := d.call(http.MethodPost, "/window/rect", map[string]int{"width": 1280, "height": 900}, nil); err != nil {
		t.Logf("WebKit window size: %v", err)
	}
	return d
}

// miniBrowser is WebKitGTK's MiniBrowser, which WebKitWebDriver drives:
// Debian installs it beside the library, out of PATH.
func miniBrowser() string {
	for _, p := range []string{"/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser", "/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	if p, err := filepath.Glob("/usr/lib/*/webkit2gtk-4.*/MiniBrowser"); err == nil && len(p) > 0 {
		return p[0]
	}
	return "MiniBrowser"
}

// wdCall sends one WebDriver command and decodes its "value" into out.
func wdCall(method, url string, in, out any) error {
	var body io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var reply struct {
		Value json.RawMessage `json:"value"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&reply); err != nil {
		return fmt.Errorf("%s %s: status %d: %v", method, url, resp.StatusCode, err)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s %s: status %d: %s", method, url, resp.StatusCode, reply.Value)
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(reply.Value, out)
}

func (d *webDriver) call(method, path string, in, out any) error {
	return wdCall(method, d.base+path, in, out)
}

func (d *webDriver) navigate(url string) error {
	return d.call(http.MethodPost, "/url", map[string]string{"url": url}, nil)
}

func (d *webDriver) reload() error {
	return d.call(http.MethodPost, "/refresh", struct{}{}, nil)
}

func (d *webDriver) eval(expr string) (json.RawMessage, error) {
	var s *string
	// WebDriver awaits a promise the script returns.
	if err := d.call(http.MethodPost, "/execute/sync", map[string]any{"script": "return " + evalJS(expr), "args": []any{}}, &s); err != nil {
		return nil, err
	}
	if s == nil {
		return json.RawMessage("null"), nil
	}
	return json.RawMessage(*s), nil
}

// element finds the element the CSS selector names.
func (d *webDriver) element(css string) (string, error) {
	var ref map[string]string
	if err := d.call(http.MethodPost, "/element", map[string]string{"using": "css selector", "value": css}, &ref); err != nil {
		return "", err
	}
	for _, id := range ref {
		return id, nil
	}
	return "", fmt.Errorf("no element %s", css)
}

func (d *webDriver) click(css string) error {
	id, err := d.element(css)
	if err != nil {
		return err
	}
	return d.call(http.MethodPost, "/element/"+id+"/click", struct{}{}, nil)
}

func (d *webDriver) typeText(css, text string) error {
	id, err := d.element(css)
	if err != nil {
		return err
	}
	return d.call(http.MethodPost, "/element/"+id+"/value", map[string]string{"text": text}, nil)
}

// pageErrors: W3C WebDriver has no access to the console.
func (d *webDriver) pageErrors() ([]string, bool) { return nil, false }

// bidi is a WebDriver BiDi session with one browsing context (tab).
type bidi struct {
	ws      *wsConn
	context string

	mu      sync.Mutex
	next    int
	waiting map[int]chan bidiReply
	errs    []string
}

type bidiReply struct {
	Type    string          `json:"type"`
	ID      int             `json:"id"`
	Result  json.RawMessage `json:"result"`
	Error   string          `json:"error"`
	Message string          `json:"message"`
	Method  string          `json:"method"`
	Params  json.RawMessage `json:"params"`
}

var bidiListening = regexp.MustCompile(`WebDriver BiDi listening on (ws://\S+)`)

// startFirefox starts a headless Firefox with a fresh profile that saves
// downloads to the folder downloads, and opens a BiDi session on it.
func startFirefox(t testing.TB, firefox, downloads string) *bidi {
	t.Helper()
	profile := t.TempDir()
	prefs := map[string]any{
		"browser.download.dir":                                  downloads,
		"browser.download.folderList":                           2,
		"browser.download.useDownloadDir":                       true,
		"browser.download.always_ask_before_handling_new_types": false,
		"browser.download.start_downloads_in_tmp_dir":           false,
		"browser.download.open_pdf_attachments_inline":          false,
		"pdfjs.disabled":                                        true,
		"browser.shell.checkDefaultBrowser":                     false,
		"datareporting.policy.dataSubmissionEnabled":            false,
		"toolkit.telemetry.enabled":                             false,
		"app.update.disabledForTesting":                         true,
	}
	var userJS strings.Builder
	for k, v := range prefs {
		b, _ := json.Marshal(v)
		fmt.Fprintf(&userJS, "user_pref(%q, %s);\n", k, b)
	}
	if err := os.WriteFile(filepath.Join(profile, "user.js"), []byte(userJS.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(firefox, "--headless", "--no-remote", "--profile", profile, "--remote-debugging-port", "0", "about:blank")
	cmd.Env = append(os.Environ(), "MOZ_CRASHREPORTER_DISABLE=1", "HOME="+t.TempDir())
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	startProcess(t, cmd)
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if m := bidiListening.FindStringSubmatch(sc.Text()); m != nil {
				select {
				case found <- m[1]:
				default:
				}
			}
		}
	}()
	var addr string
	select {
	case addr = <-found:
	case <-time.After(Timeout):
		t.Fatal("Firefox did not open its WebDriver BiDi port")
	}
	ws, err := dialWebSocket(addr + "/session")
	if err != nil {
		t.Fatal(err)
	}
	b := &bidi{ws: ws, waiting: map[int]chan bidiReply{}}
	go b.read()
	t.Cleanup(func() { ws.Close() })
	var session struct {
		Capabilities struct {
			BrowserName    string `json:"browserName"`
			BrowserVersion string `json:"browserVersion"`
		} `json:"capabilities"`
	}
	if err := b.call("session.new", map[string]any{"capabilities": map[string]any{}}, &session); err != nil {
		t.Fatalf("BiDi session: %v", err)
	}
	t.Logf("%s %s", session.Capabilities.BrowserName, session.Capabilities.BrowserVersion)
	var tree struct {
		Contexts []struct {
			Context string `json:"context"`
		} `json:"contexts"`
	}
	if err := b.call("browsingContext.getTree", map[string]any{}, &tree); err != nil || len(tree.Contexts) == 0 {
		t.Fatalf("BiDi contexts: %v %v", tree, err)
	}
	b.context = tree.Contexts[0].Context
	if err := b.call("browsingContext.setViewport", map[string]any{"context": b.context, "viewport": map[string]int{"width": 1280, "height": 900}}, nil); err != nil {
		t.Fatal(err)
	}
	if err := b.call("session.subscribe", map[string]any{"events": []string{"log.entryAdded"}}, nil); err != nil {
		t.Fatal(err)
	}
	// As Chromium's tests, report Content Security Policy violations as
	// console errors, from before the page's own scripts.
	if err := b.call("script.addPreloadScript", map[string]any{"functionDeclaration": "() => { " + CSPReporter + " }"}, nil); err != nil {
		t.Fatal(err)
	}
	return b
}

// read dispatches replies to their callers and records the page's errors.
func (b *bidi) read() {
	for {
		msg, err := b.ws.Read()
		if err != nil {
			b.mu.Lock()
			for id, c := range b.waiting {
				c <- bidiReply{Type: "error", Error: "connection", Message: err.Error()}
				delete(b.waiting, id)
			}
			b.mu.Unlock()
			return
		}
		var r bidiReply
		if json.Unmarshal(msg, &r) != nil {
			continue
		}
		if r.Type == "event" {
			if r.Method == "log.entryAdded" {
				var e struct {
					Level, Text, Type string
					Source            struct{ Context string } `json:"source"`
				}
				if json.Unmarshal(r.Params, &e) == nil && e.Level == "error" {
					b.mu.Lock()
					b.errs = append(b.errs, e.Type+": "+e.Text)
					b.mu.Unlock()
				}
			}
			continue
		}
		b.mu.Lock()
		c := b.waiting[r.ID]
		delete(b.waiting, r.ID)
		b.mu.Unlock()
		if c != nil {
			c <- r
		}
	}
}

// call sends a BiDi command and decodes its result into out.
func (b *bidi) call(method string, params, out any) error {
	b.mu.Lock()
	b.next++
	id := b.next
	c := make(chan bidiReply, 1)
	b.waiting[id] = c
	b.mu.Unlock()
	msg, err := json.Marshal(map[string]any{"id": id, "method": method, "params": params})
	if err != nil {
		return err
	}
	if err := b.ws.WriteText(msg); err != nil {
		return err
	}
	select {
	case r := <-c:
		if r.Type == "error" {
			return fmt.Errorf("%s: %s: %s", method, r.Error, r.Message)
		}
		if out != nil {
			return json.Unmarshal(r.Result, out)
		}
		return nil
	case <-time.After(Timeout):
		return fmt.Errorf("%s: no answer", method)
	}
}

func (b *bidi) navigate(url string) error {
	return b.call("browsingContext.navigate", map[string]any{"context": b.context, "url": url, "wait": "complete"}, nil)
}

func (b *bidi) reload() error {
	return b.call("browsingContext.reload", map[string]any{"context": b.context, "wait": "complete"}, nil)
}

// evaluate runs script.evaluate and returns the remote value.
func (b *bidi) evaluate(expr string, own bool) (json.RawMessage, error) {
	ownership := "none"
	if own {
		ownership = "root"
	}
	var res struct {
		Type             string          `json:"type"`
		Result           json.RawMessage `json:"result"`
		ExceptionDetails struct {
			Text string `json:"text"`
		} `json:"exceptionDetails"`
	}
	err := b.call("script.evaluate", map[string]any{"expression": expr, "target": map[string]string{"context": b.context},
		"awaitPromise": true, "resultOwnership": ownership}, &res)
	if err != nil {
		return nil, err
	}
	if res.Type == "exception" {
		return nil, errors.New(res.ExceptionDetails.Text)
	}
	return res.Result, nil
}

func (b *bidi) eval(expr string) (json.RawMessage, error) {
	v, err := b.evaluate(evalJS(expr), false)
	if err != nil {
		return nil, err
	}
	var s struct {
		Type  string `json:"type"`
		Value string `json:"value"`
	}
	if err := json.Unmarshal(v, &s); err != nil {
		return nil, err
	}
	if s.Type != "string" {
		return json.RawMessage("null"), nil
	}
	return json.RawMessage(s.Value), nil
}

// element returns the BiDi reference to the element the selector finds,
// scrolled into view.
func (b *bidi) element(css string) (map[string]string, error) {
	v, err := b.evaluate(fmt.Sprintf(`(() => { const e = document.querySelector(%q); e && e.scrollIntoView({block: "center"}); return e })()`, css), true)
	if err != nil {
		return nil, err
	}
	var node struct {
		Type     string `json:"type"`
		SharedID string `json:"sharedId"`
	}
	if err := json.Unmarshal(v, &node); err != nil || node.Type != "node" {
		return nil, fmt.Errorf("no element %s", css)
	}
	return map[string]string{"sharedId": node.SharedID}, nil
}

func (b *bidi) actions(sources ...map[string]any) error {
	return b.call("input.performActions", map[string]any{"context": b.context, "actions": sources}, nil)
}

func (b *bidi) click(css string) error {
	el, err := b.element(css)
	if err != nil {
		return err
	}
	return b.actions(map[string]any{
		"type": "pointer", "id": "mouse", "parameters": map[string]string{"pointerType": "mouse"},
		"actions": []map[string]any{
			{"type": "pointerMove", "x": 0, "y": 0, "origin": map[string]any{"type": "element", "element": el}},
			{"type": "pointerDown", "button": 0},
			{"type": "pointerUp", "button": 0},
		},
	})
}

func (b *bidi) typeText(css, text string) error {
	if err := b.click(css); err != nil {
		return err
	}
	var keys []map[string]any
	for _, r := range text {
		keys = append(keys, map[string]any{"type": "keyDown", "value": string(r)}, map[string]any{"type": "keyUp", "value": string(r)})
	}
	return b.actions(map[string]any{"type": "key", "id": "keyboard", "actions": keys})
}

func (b *bidi) pageErrors() ([]string, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.errs...), true
}

// wsConn is the client end of a websocket (RFC 6455), as much of it as
// BiDi needs: text messages both ways, pings answered.
type wsConn struct {
	conn net.Conn
	r    *bufio.Reader
	wmu  sync.Mutex
}

func dialWebSocket(addr string) (*wsConn, error) {
	u, err := url.Parse(addr)
	if err != nil {
		return nil, err
	}
	conn, err := net.DialTimeout("tcp", u.Host, 30*time.Second)
	if err != nil {
		return nil, err
	}
	key := make([]byte, 16)
	rand.Read(key)
	req, _ := http.NewRequestWithContext(context.Background(), http.MethodGet, "http://"+u.Host+u.RequestURI(), nil)
	req.Header.Set("Upgrade", "websocket")
	req.Header.Set("Connection", "Upgrade")
	req.Header.Set("Sec-WebSocket-Key", base64.StdEncoding.EncodeToString(key))
	req.Header.Set("Sec-WebSocket-Version", "13")
	if err := req.Write(conn); err != nil {
		conn.Close()
		return nil, err
	}
	r := bufio.NewReader(conn)
	resp, err := http.ReadResponse(r, req)
	if err != nil {
		conn.Close()
		return nil, err
	}
	if resp.StatusCode != http.StatusSwitchingProtocols {
		conn.Close()
		return nil, fmt.Errorf("websocket %s: %s", addr, resp.Status)
	}
	return &wsConn{conn: conn, r: r}, nil
}

func (c *wsConn) Close() error { return c.conn.Close() }

// write sends one frame, masked as a client must.
func (c *wsConn) write(opcode byte, payload []byte) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	head := []byte{0x80 | opcode}
	switch n := len(payload); {
	case n < 126:
		head = append(head, 0x80|byte(n))
	case n < 1<<16:
		head = append(head, 0x80|126)
		head = binary.BigEndian.AppendUint16(head, uint16(n))
	default:
		head = append(head, 0x80|127)
		head = binary.BigEndian.AppendUint64(head, uint64(n))
	}
	mask := make([]byte, 4)
	rand.Read(mask)
	head = append(head, mask...)
	body := make([]byte, len(payload))
	for i, b := range payload {
		body[i] = b ^ mask[i%4]
	}
	_, err := c.conn.Write(append(head, body...))
	return err
}

// WriteText sends a text message.
func (c *wsConn) WriteText(msg []byte) error { return c.write(0x1, msg) }

// Read returns the next text or binary message, joining its fragments.
func (c *wsConn) Read() ([]byte, error) {
	var msg []byte
	for {
		var h [2]byte
		if _, err := io.ReadFull(c.r, h[:]); err != nil {
			return nil, err
		}
		fin, opcode := h[0]&0x80 != 0, h[0]&0x0f
		n := uint64(h[1] & 0x7f)
		switch n {
		case 126:
			var l [2]byte
			if _, err := io.ReadFull(c.r, l[:]); err != nil {
				return nil, err
			}
			n = uint64(binary.BigEndian.Uint16(l[:]))
		case 127:
			var l [8]byte
			if _, err := io.ReadFull(c.r, l[:]); err != nil {
				return nil, err
			}
			n = binary.BigEndian.Uint64(l[:])
		}
		var mask []byte
		if h[1]&0x80 != 0 {
			mask = make([]byte, 4)
			if _, err := io.ReadFull(c.r, mask); err != nil {
				return nil, err
			}
		}
		payload := make([]byte, n)
		if _, err := io.ReadFull(c.r, payload); err != nil {
			return nil, err
		}
		if mask != nil {
			for i := range payload {
				payload[i] ^= mask[i%4]
			}
		}
		switch opcode {
		case 0x8:
			return nil, io.EOF
		case 0x9:
			if err := c.write(0xA, payload); err != nil {
				return nil, err
			}
			continue
		case 0xA:
			continue
		}
		msg = append(msg, payload...)
		if fin {
			return msg, nil
		}
	}
}
