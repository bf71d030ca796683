// SPDX-License-Identifier: EUPL-1.2
#include "entitycatalog.h"

#include <QCoreApplication>

namespace {

FieldSpec text(const char *column, const char *label, QStringList aliases = {})
{
    FieldSpec f;
    f.column = QString::fromLatin1(column);
    f.sourceLabel = label;
    f.aliases = std::move(aliases);
    return f;
}

FieldSpec required(FieldSpec f)
{
    f.required = true;
    return f;
}

FieldSpec multiline(FieldSpec f)
{
    f.multiline = true;
    return f;
}

FieldSpec meaningWhenEmpty(FieldSpec f, const char *meaning)
{
    f.emptyMeaning = meaning;
    return f;
}

FieldSpec unique(FieldSpec f)
{
    f.unique = true;
    f.required = true;
    return f;
}

FieldSpec ofKind(FieldKind kind, const char *column, const char *label, QStringList aliases = {})
{
    FieldSpec f = text(column, label, std::move(aliases));
    f.kind = kind;
    if (kind == FieldKind::Money)
        f.minimum = 0;
    if (kind == FieldKind::Percent) {
        f.minimum = 0;
        f.maximum = 100;
    }
    return f;
}

FieldSpec number(const char *column, const char *label, double minimum, double maximum,
                 QStringList aliases = {})
{
    FieldSpec f = ofKind(FieldKind::Integer, column, label, std::move(aliases));
    f.minimum = minimum;
    f.maximum = maximum;
    return f;
}

FieldSpec enumeration(const char *column, const char *label, EnumKind kind, QStringList aliases = {})
{
    FieldSpec f = ofKind(FieldKind::Enum, column, label, std::move(aliases));
    f.enumKind = kind;
    return f;
}

FieldSpec reference(const char *column, const char *label, EntityKind target, QStringList aliases = {})
{
    FieldSpec f = ofKind(FieldKind::ForeignKey, column, label, std::move(aliases));
    f.reference = target;
    return f;
}

QStringList a(std::initializer_list<const char *> names)
{
    QStringList result;
    for (const char *name : names)
        result << QString::fromUtf8(name);
    return result;
}

QList<EntitySpec> buildCatalog()
{
    QList<EntitySpec> catalog;

    {
        EntitySpec e{EntityKind::Authority, QStringLiteral("authority"), QStringLiteral("authorities"),
                     QT_TRANSLATE_NOOP("Entity", "School authority"),
                     QT_TRANSLATE_NOOP("Entity", "School authorities"),
                     QStringLiteral("name"), QStringLiteral("name"), {}, {}, {}};
        FieldSpec fte = ofKind(FieldKind::Decimal, "it_staff_fte", QT_TRANSLATE_NOOP("Field", "IT staff (FTE)"),
                               a({"IT-Personal", "IT-Personal (VZÄ)", "VZÄ", "it staff"}));
        fte.minimum = 0;
        fte.maximum = 1000;
        e.fields = {
            unique(text("name", QT_TRANSLATE_NOOP("Field", "Name"), a({"Schulträger", "Name", "authority"}))),
            required(enumeration("kind", QT_TRANSLATE_NOOP("Field", "Kind"), EnumKind::AuthorityKind, a({"Art", "Typ"}))),
            text("traeger_number", QT_TRANSLATE_NOOP("Field", "Authority number (NRW)"), a({"Trägernummer", "Traegernummer", "Träger-Nr."})),
            text("contact", QT_TRANSLATE_NOOP("Field", "Contact"), a({"Ansprechpartner", "Kontakt"})),
            fte,
            enumeration("support_model", QT_TRANSLATE_NOOP("Field", "Support model"), EnumKind::SupportModel, a({"Supportmodell"})),
            required(enumeration("cooperation_phase", QT_TRANSLATE_NOOP("Field", "Cooperation phase"), EnumKind::CooperationPhase, a({"Kooperationsphase", "Kooperation"}))),
        };
        catalog << e;
    }
    {
        EntitySpec e{EntityKind::School, QStringLiteral("school"), QStringLiteral("schools"),
                     QT_TRANSLATE_NOOP("Entity", "School"), QT_TRANSLATE_NOOP("Entity", "Schools"),
                     QStringLiteral("school_number"), QStringLiteral("name"), {}, {}, {}};
        e.fields = {
            unique(text("school_number", QT_TRANSLATE_NOOP("Field", "School number"), a({"Schulnummer", "Schul-Nr.", "Schulnr"}))),
            required(text("name", QT_TRANSLATE_NOOP("Field", "Name"), a({"Schulname", "Schulbezeichnung", "Schulbezeichnung_1", "Bezeichnung"}))),
            required(enumeration("school_type", QT_TRANSLATE_NOOP("Field", "School type"), EnumKind::SchoolType, a({"Schulform", "type"}))),
            required(reference("authority_id", QT_TRANSLATE_NOOP("Field", "School authority"), EntityKind::Authority, a({"Schulträger", "Träger", "authority"}))),
            text("street", QT_TRANSLATE_NOOP("Field", "Street"), a({"Straße", "Strasse", "Adresse"})),
            text("postal_code", QT_TRANSLATE_NOOP("Field", "Postal code"), a({"PLZ", "Postleitzahl", "zip"})),
            text("city", QT_TRANSLATE_NOOP("Field", "City"), a({"Ort", "Stadt"})),
            number("pupils", QT_TRANSLATE_NOOP("Field", "Pupils"), 0, 10000, a({"Schüler", "Schülerzahl", "Schülerinnen und Schüler"})),
            number("teachers", QT_TRANSLATE_NOOP("Field", "Teachers"), 0, 1000, a({"Lehrkräfte", "Lehrer"})),
            number("broadband_mbits", QT_TRANSLATE_NOOP("Field", "Broadband (Mbit/s)"), 0, 100000, a({"Breitband", "Bandbreite", "Breitband (Mbit/s)", "Mbit/s"})),
            ofKind(FieldKind::Percent, "wlan_coverage_percent", QT_TRANSLATE_NOOP("Field", "WLAN coverage (%)"), a({"WLAN", "WLAN-Abdeckung", "WLAN-Abdeckung (%)", "wifi coverage"})),
            text("media_officer", QT_TRANSLATE_NOOP("Field", "Media officer"), a({"Medienbeauftragte", "Medienbeauftragter", "Medienbeauftragte(r)"})),
            multiline(text("notes", QT_TRANSLATE_NOOP("Field", "Notes"), a({"Bemerkungen", "Notizen", "Anmerkungen"}))),
        };
        catalog << e;
    }
    {
        EntitySpec e{EntityKind::Device, QStringLiteral("device"), QStringLiteral("devices"),
                     QT_TRANSLATE_NOOP("Entity", "Device"), QT_TRANSLATE_NOOP("Entity", "Devices"),
                     QStringLiteral("inventory_number"), QStringLiteral("inventory_number"), {}, {}, {}};
        e.fields = {
            unique(text("inventory_number", QT_TRANSLATE_NOOP("Field", "Inventory number"), a({"Inventarnummer", "Inventar-Nr.", "Inventarnr", "asset tag"}))),
            required(enumeration("category", QT_TRANSLATE_NOOP("Field", "Category"), EnumKind::DeviceCategory, a({"Kategorie", "Gerätetyp", "Geräteart", "Typ"}))),
            text("manufacturer", QT_TRANSLATE_NOOP("Field", "Manufacturer"), a({"Hersteller", "vendor"})),
            text("model", QT_TRANSLATE_NOOP("Field", "Model"), a({"Modell"})),
            text("serial_number", QT_TRANSLATE_NOOP("Field", "Serial number"), a({"Seriennummer", "Serien-Nr.", "serial"})),
            required(reference("school_id", QT_TRANSLATE_NOOP("Field", "School"), EntityKind::School, a({"Schule", "Schulnummer"}))),
            text("room", QT_TRANSLATE_NOOP("Field", "Room"), a({"Raum"})),
            enumeration("user_group", QT_TRANSLATE_NOOP("Field", "User group"), EnumKind::UserGroup, a({"Nutzergruppe", "Benutzergruppe"})),
            required(enumeration("status", QT_TRANSLATE_NOOP("Field", "Status"), EnumKind::DeviceStatus, a({"Zustand"}))),
            ofKind(FieldKind::Date, "acquired_on", QT_TRANSLATE_NOOP("Field", "Acquired on"), a({"Anschaffungsdatum", "Anschaffung", "Kaufdatum", "acquisition date"})),
            ofKind(FieldKind::Money, "price_cents", QT_TRANSLATE_NOOP("Field", "Price"), a({"Preis", "Anschaffungspreis", "Kaufpreis", "price"})),
            ofKind(FieldKind::Date, "warranty_end", QT_TRANSLATE_NOOP("Field", "Warranty end"), a({"Garantieende", "Garantie bis", "Gewährleistung bis"})),
            reference("funding_program_id", QT_TRANSLATE_NOOP("Field", "Funding program"), EntityKind::FundingProgram, a({"Förderprogramm", "Förderung"})),
            reference("support_contract_id", QT_TRANSLATE_NOOP("Field", "Support contract"), EntityKind::SupportContract, a({"Supportvertrag", "Vertrag", "Vertragsnummer"})),
        };
        e.dateOrders = {{QStringLiteral("acquired_on"), QStringLiteral("warranty_end")}};
        catalog << e;
    }
    {
        EntitySpec e{EntityKind::SupportContract, QStringLiteral("support_contract"), QStringLiteral("contracts"),
                     QT_TRANSLATE_NOOP("Entity", "Support contract"), QT_TRANSLATE_NOOP("Entity", "Support contracts"),
                     QStringLiteral("contract_number"), QStringLiteral("contract_number"), {}, {}, {}};
        FieldSpec autoRenewal = ofKind(FieldKind::Bool, "auto_renewal", QT_TRANSLATE_NOOP("Field", "Automatic renewal"), a({"Automatische Verlängerung", "stillschweigende Verlängerung", "Verlängerung"}));
        e.fields = {
            unique(text("contract_number", QT_TRANSLATE_NOOP("Field", "Contract number"), a({"Vertragsnummer", "Vertrags-Nr.", "Vertragsnr"}))),
            required(text("vendor", QT_TRANSLATE_NOOP("Field", "Vendor"), a({"Dienstleister", "Anbieter", "Auftragnehmer"}))),
            text("subject", QT_TRANSLATE_NOOP("Field", "Subject"), a({"Gegenstand", "Vertragsgegenstand", "Leistung"})),
            required(reference("authority_id", QT_TRANSLATE_NOOP("Field", "School authority"), EntityKind::Authority, a({"Schulträger", "Auftraggeber", "authority"}))),
            required(ofKind(FieldKind::Date, "start_date", QT_TRANSLATE_NOOP("Field", "Start"), a({"Beginn", "Vertragsbeginn", "start"}))),
            required(number("initial_term_months", QT_TRANSLATE_NOOP("Field", "Initial term (months)"), 1, 240, a({"Laufzeit", "Erstlaufzeit", "Laufzeit (Monate)", "term"}))),
            required(number("renewal_months", QT_TRANSLATE_NOOP("Field", "Renewal period (months)"), 1, 120, a({"Verlängerung (Monate)", "Verlängerungszeitraum", "renewal"}))),
            required(number("notice_months", QT_TRANSLATE_NOOP("Field", "Notice period (months)"), 0, 60, a({"Kündigungsfrist", "Kündigungsfrist (Monate)", "notice"}))),
            autoRenewal,
            ofKind(FieldKind::Money, "annual_cost_cents", QT_TRANSLATE_NOOP("Field", "Annual cost"), a({"Jahreskosten", "Kosten pro Jahr", "Kosten"})),
            number("response_time_hours", QT_TRANSLATE_NOOP("Field", "Response time (hours)"), 0, 10000, a({"Reaktionszeit", "Reaktionszeit (Stunden)"})),
            multiline(text("notes", QT_TRANSLATE_NOOP("Field", "Notes"), a({"Bemerkungen", "Notizen"}))),
        };
        catalog << e;
    }
    {
        EntitySpec e{EntityKind::FundingProgram, QStringLiteral("funding_program"), QStringLiteral("programs"),
                     QT_TRANSLATE_NOOP("Entity", "Funding program"), QT_TRANSLATE_NOOP("Entity", "Funding programs"),
                     QStringLiteral("name"), QStringLiteral("name"), {}, {}, {}};
        e.fields = {
            unique(text("name", QT_TRANSLATE_NOOP("Field", "Name"), a({"Programm", "Förderprogramm", "Name"}))),
            required(enumeration("funder", QT_TRANSLATE_NOOP("Field", "Funder"), EnumKind::Funder, a({"Fördergeber", "Mittelgeber"}))),
            ofKind(FieldKind::Money, "total_budget_cents", QT_TRANSLATE_NOOP("Field", "Total budget"), a({"Gesamtbudget", "Budget", "Fördervolumen"})),
            ofKind(FieldKind::Percent, "own_share_percent", QT_TRANSLATE_NOOP("Field", "Own share (%)"), a({"Eigenanteil", "Eigenanteil (%)"})),
            ofKind(FieldKind::Date, "application_deadline", QT_TRANSLATE_NOOP("Field", "Application deadline"), a({"Antragsfrist", "Antragsschluss"})),
            ofKind(FieldKind::Date, "spending_deadline", QT_TRANSLATE_NOOP("Field", "Spending deadline"), a({"Mittelverwendung bis", "Verausgabungsfrist"})),
            ofKind(FieldKind::Date, "proof_of_use_deadline", QT_TRANSLATE_NOOP("Field", "Proof of use due"), a({"Verwendungsnachweis", "Verwendungsnachweis bis"})),
            ofKind(FieldKind::Date, "purpose_binding_end", QT_TRANSLATE_NOOP("Field", "End of purpose binding"), a({"Zweckbindung bis", "Ende der Zweckbindung"})),
        };
        e.dateOrders = {{QStringLiteral("application_deadline"), QStringLiteral("spending_deadline")},
                        {QStringLiteral("spending_deadline"), QStringLiteral("proof_of_use_deadline")}};
        catalog << e;
    }
    {
        EntitySpec e{EntityKind::Allocation, QStringLiteral("allocation"), QStringLiteral("allocations"),
                     QT_TRANSLATE_NOOP("Entity", "Allocation"), QT_TRANSLATE_NOOP("Entity", "Allocations"),
                     QString(), QString(), {}, {}, {QStringLiteral("program_id"), QStringLiteral("authority_id")}};
        e.fields = {
            required(reference("program_id", QT_TRANSLATE_NOOP("Field", "Funding program"), EntityKind::FundingProgram, a({"Förderprogramm", "Programm"}))),
            required(reference("authority_id", QT_TRANSLATE_NOOP("Field", "School authority"), EntityKind::Authority, a({"Schulträger", "Träger"}))),
            required(ofKind(FieldKind::Money, "allocated_cents", QT_TRANSLATE_NOOP("Field", "Allocated"), a({"Zugewiesen", "Budget", "Zuweisung"}))),
            ofKind(FieldKind::Money, "applied_cents", QT_TRANSLATE_NOOP("Field", "Applied for"), a({"Beantragt"})),
            ofKind(FieldKind::Money, "approved_cents", QT_TRANSLATE_NOOP("Field", "Approved"), a({"Bewilligt"})),
            ofKind(FieldKind::Date, "grant_date", QT_TRANSLATE_NOOP("Field", "Grant notice date"), a({"Bewilligungsdatum", "Bescheiddatum", "Zuwendungsbescheid"})),
            ofKind(FieldKind::Money, "paid_out_cents", QT_TRANSLATE_NOOP("Field", "Paid out"), a({"Ausgezahlt", "Abgerufen"})),
            ofKind(FieldKind::Money, "spent_cents", QT_TRANSLATE_NOOP("Field", "Spent"), a({"Verausgabt", "Ausgegeben"})),
        };
        catalog << e;
    }
    {
        EntitySpec e{EntityKind::Measure, QStringLiteral("measure"), QStringLiteral("measures"),
                     QT_TRANSLATE_NOOP("Entity", "Measure"), QT_TRANSLATE_NOOP("Entity", "Measures"),
                     QString(), QStringLiteral("title"), {}, {}, {}};
        e.fields = {
            required(reference("school_id", QT_TRANSLATE_NOOP("Field", "School"), EntityKind::School, a({"Schule", "Schulnummer"}))),
            required(reference("program_id", QT_TRANSLATE_NOOP("Field", "Funding program"), EntityKind::FundingProgram, a({"Förderprogramm", "Programm"}))),
            required(text("title", QT_TRANSLATE_NOOP("Field", "Title"), a({"Titel", "Maßnahme", "Bezeichnung"}))),
            required(ofKind(FieldKind::Money, "amount_cents", QT_TRANSLATE_NOOP("Field", "Amount"), a({"Betrag", "Summe", "Kosten"}))),
            required(enumeration("status", QT_TRANSLATE_NOOP("Field", "Status"), EnumKind::MeasureStatus, a({"Stand", "Zustand"}))),
        };
        catalog << e;
    }
    {
        // The inventory of systems (Bestandsaufnahme): what an authority, or one of its
        // schools, runs from the firewall to the learning platform.
        EntitySpec e{EntityKind::System, QStringLiteral("system"), QStringLiteral("systems"),
                     QT_TRANSLATE_NOOP("Entity", "System"), QT_TRANSLATE_NOOP("Entity", "Systems"),
                     QString(), QStringLiteral("product"), {}, {}, {}};
        e.fields = {
            required(reference("authority_id", QT_TRANSLATE_NOOP("Field", "School authority"), EntityKind::Authority, a({"Schulträger", "Träger", "authority"}))),
            meaningWhenEmpty(reference("school_id", QT_TRANSLATE_NOOP("Field", "School"), EntityKind::School,
                                       a({"Schule", "Schulnummer", "school"})),
                             QT_TRANSLATE_NOOP("Field", "All schools")),
            required(enumeration("category", QT_TRANSLATE_NOOP("Field", "Category"), EnumKind::SystemCategory, a({"Kategorie", "Systemart", "Art"}))),
            required(text("product", QT_TRANSLATE_NOOP("Field", "Product"), a({"Produkt", "System", "Lösung", "Software"}))),
            text("vendor", QT_TRANSLATE_NOOP("Field", "Vendor"), a({"Hersteller", "Anbieter", "Dienstleister"})),
            text("version", QT_TRANSLATE_NOOP("Field", "Version"), a({"Version", "Release"})),
            ofKind(FieldKind::Date, "licence_end", QT_TRANSLATE_NOOP("Field", "Licence end"), a({"Lizenzende", "Lizenz bis", "Laufzeit bis", "license end"})),
            ofKind(FieldKind::Money, "annual_cost_cents", QT_TRANSLATE_NOOP("Field", "Annual cost"), a({"Jahreskosten", "Kosten pro Jahr", "Kosten"})),
            enumeration("operated_by", QT_TRANSLATE_NOOP("Field", "Operated by"), EnumKind::SystemOperator, a({"Betrieb", "Betrieb durch", "Betreiber", "operator"})),
            multiline(text("notes", QT_TRANSLATE_NOOP("Field", "Notes"), a({"Bemerkungen", "Notizen", "Anmerkungen"}))),
        };
        catalog << e;
    }
    {
        // The common minimum standards: a measurable criterion per row, e.g.
        // "broadband at least 1000 Mbit/s" for the school types it names (none: all).
        EntitySpec e{EntityKind::MinimumStandard, QStringLiteral("minimum_standard"), QStringLiteral("standards"),
                     QT_TRANSLATE_NOOP("Entity", "Minimum standard"), QT_TRANSLATE_NOOP("Entity", "Minimum standards"),
                     QStringLiteral("name"), QStringLiteral("name"), {}, {}, {}};
        FieldSpec threshold = required(ofKind(FieldKind::Decimal, "threshold", QT_TRANSLATE_NOOP("Field", "Threshold"), a({"Schwellenwert", "Grenzwert", "Zielwert", "Wert"})));
        threshold.minimum = 0;
        threshold.maximum = 1000000;
        FieldSpec schoolTypes = ofKind(FieldKind::EnumList, "school_types", QT_TRANSLATE_NOOP("Field", "School types"), a({"Schulformen", "gilt für", "Geltungsbereich"}));
        schoolTypes.enumKind = EnumKind::SchoolType;
        schoolTypes.emptyMeaning = QT_TRANSLATE_NOOP("Field", "All school types");
        e.fields = {
            unique(text("name", QT_TRANSLATE_NOOP("Field", "Name"), a({"Mindeststandard", "Standard", "Bezeichnung", "Kriterium"}))),
            required(enumeration("area", QT_TRANSLATE_NOOP("Field", "Area"), EnumKind::StandardArea, a({"Bereich", "Handlungsfeld"}))),
            required(enumeration("measure", QT_TRANSLATE_NOOP("Field", "Measure"), EnumKind::StandardMeasure, a({"Messgröße", "Kennzahl", "Merkmal"}))),
            required(enumeration("comparison", QT_TRANSLATE_NOOP("Field", "Comparison"), EnumKind::StandardComparison, a({"Vergleich", "Bedingung"}))),
            threshold,
            schoolTypes,
            multiline(text("notes", QT_TRANSLATE_NOOP("Field", "Notes"), a({"Bemerkungen", "Notizen", "Begründung"}))),
        };
        catalog << e;
    }
    return catalog;
}
} // namespace

namespace EntityCatalog {

const QList<EntitySpec> &all()
{
    static const QList<EntitySpec> catalog = buildCatalog();
    return catalog;
}

const EntitySpec &spec(EntityKind kind)
{
    for (const EntitySpec &entity : all()) {
        if (entity.kind == kind)
            return entity;
    }
    Q_UNREACHABLE();
}

const EntitySpec *byTable(const QString &table)
{
    for (const EntitySpec &entity : all()) {
        if (entity.table == table)
            return &entity;
    }
    return nullptr;
}

const EntitySpec *byCommandName(const QString &name)
{
    for (const EntitySpec &entity : all()) {
        if (entity.commandName == name)
            return &entity;
    }
    return nullptr;
}

QStringList commandNames()
{
    QStringList names;
    for (const EntitySpec &entity : all())
        names << entity.commandName;
    return names;
}

} // namespace EntityCatalog
