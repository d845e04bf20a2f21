package letter

// ObjectionReasons are the ids of the guided grounds a person can tick for
// an objection, in the order the wizard offers them. Art. 21(1) GDPR needs
// grounds "relating to his or her particular situation"; each id has one
// sentence in the letter (Letter.Objection.Reason.<id>) and a label in the
// wizard (Wizard.Reason.<id>.Label).
var ObjectionReasons = []string{
	"health",     // posts reveal health data
	"beliefs",    // religion, philosophy or politics
	"sexuality",  // sex life or sexual orientation
	"children",   // photos and data of the person's children
	"creative",   // creative work the person earns from
	"harassment", // past harassment or stalking
	"secrecy",    // professional secrecy
}

// Harms are the ids of the kinds of non-material damage a person can tick
// for a damages claim, in the wizard's order; each has one sentence in the
// letter (Letter.Damages.Harm.<id>) and a label (Wizard.Harm.<id>.Label).
var Harms = []string{
	"control",  // loss of control over one's data
	"distress", // distress and annoyance
	"worry",    // fear of misuse
	"effort",   // time and effort spent
}
