module github.com/objector-eu/objector

go 1.26.8

require (
	github.com/maxence-charriere/go-app/v10 v10.1.11
	golang.org/x/text v0.44.0
)

require (
	github.com/google/uuid v1.6.0 // indirect
	github.com/nicksnyder/go-i18n/v2 v2.7.0 // indirect
)
