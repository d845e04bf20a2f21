package ui

import (
	"go/ast"
	"slices"
	"strings"
	"testing"
)

// TestHandlerScope: every event handler made for one element among many (a
// call such as c.onChoose(id), a function literal, or a variable holding
// one) carries an app.EventScope. go-app v10 compares a redrawn element's
// old and new handlers by their code pointer, so two closures of the same
// function are "equal" whatever they hold, and the element keeps the old
// one: after a search redrew the company list, LinkedIn's radio kept the
// handler Meta's had had and chose Meta (e2e TestCompanySearchChoice).
// Handlers that are plain methods (c.onNext) hold nothing and need none.
func TestHandlerScope(t *testing.T) {
	fset, files := packageSource(t)
	checked := 0
	for _, f := range files {
		// Local variables that hold a function literal (onInput := func…)
		// or a scope (scope := app.EventScope(…)).
		literals, scopes := map[string]bool{}, map[string]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			if as, ok := n.(*ast.AssignStmt); ok {
				for i, rhs := range as.Rhs {
					if i >= len(as.Lhs) {
						break
					}
					id, ok := as.Lhs[i].(*ast.Ident)
					if !ok {
						continue
					}
					if _, ok := rhs.(*ast.FuncLit); ok {
						literals[id.Name] = true
					}
					if isScope(rhs, nil) {
						scopes[id.Name] = true
					}
				}
			}
			return true
		})
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || !isEventMethod(sel.Sel.Name) {
				return true
			}
			made := false
			switch h := call.Args[0].(type) {
			case *ast.CallExpr, *ast.FuncLit:
				made = true
			case *ast.Ident:
				made = literals[h.Name]
			}
			if !made {
				return true
			}
			checked++
			if !slices.ContainsFunc(call.Args[1:], func(a ast.Expr) bool { return isScope(a, scopes) }) {
				t.Errorf("%s: %s gets a handler made for this element without app.EventScope", fset.Position(call.Pos()), sel.Sel.Name)
			}
			return true
		})
	}
	// The wizard makes such handlers (companies, tasks, fields, boxes,
	// letters); finding none would mean this test looks at nothing.
	if checked < 10 {
		t.Errorf("found %d made handlers, want at least 10", checked)
	}
}

// isEventMethod reports whether name is one of go-app's On… event setters
// (OnClick, OnChange, …), not a component hook such as OnMount.
func isEventMethod(name string) bool {
	switch name {
	case "OnMount", "OnDismount", "OnInit", "OnUpdate", "OnNav", "OnPreRender",
		"OnResize", "OnAppUpdate", "OnAppInstallChange", "OnEdit", "OnReload":
		return false
	}
	return strings.HasPrefix(name, "On") && len(name) > 2
}

// isScope reports whether e is a call of app.EventScope or a variable
// that holds one.
func isScope(e ast.Expr, scopes map[string]bool) bool {
	switch e := e.(type) {
	case *ast.CallExpr:
		s, ok := e.Fun.(*ast.SelectorExpr)
		return ok && s.Sel.Name == "EventScope"
	case *ast.Ident:
		return scopes[e.Name]
	}
	return false
}
