<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="sv_SE">
<context>
    <name>AgreementEditor</name>
    <message>
        <source>Avtalet</source>
        <translation>Avtalet</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Avtalets namn</source>
        <translation>Avtalets namn</translation>
    </message>
    <message>
        <source>&amp;Finansiär:</source>
        <translation>&amp;Finansiär:</translation>
    </message>
    <message>
        <source>Finansiär</source>
        <translation>Finansiär</translation>
    </message>
    <message>
        <source>&amp;Motpart:</source>
        <translation>&amp;Motpart:</translation>
    </message>
    <message>
        <source>Motpart</source>
        <translation>Motpart</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Första år</source>
        <translation>Första år</translation>
    </message>
    <message>
        <source>Sista år</source>
        <translation>Sista år</translation>
    </message>
    <message>
        <source>&amp;Beslut:</source>
        <translation>&amp;Beslut:</translation>
    </message>
    <message>
        <source>Beslutande organ</source>
        <translation>Beslutande organ</translation>
    </message>
    <message>
        <source>Organ, t.ex. Regionstyrelsen</source>
        <translation>Organ, t.ex. Regionstyrelsen</translation>
    </message>
    <message>
        <source>Beslutsdatum</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <source>Paragraf eller diarienummer</source>
        <translation>Paragraf eller diarienummer</translation>
    </message>
    <message>
        <source>&amp;Grundersättning:</source>
        <translation>&amp;Grundersättning:</translation>
    </message>
    <message>
        <source>Grundersättning för första året</source>
        <translation>Grundersättning för första året</translation>
    </message>
    <message>
        <source>Ersättningen för avtalets första år, t.ex. 1 393 038 kr. Tomt när bara fastställda belopp finns.</source>
        <translation>Ersättningen för avtalets första år, t.ex. 1 393 038 kr. Tomt när bara fastställda belopp finns.</translation>
    </message>
    <message>
        <source>&amp;Uppräkning:</source>
        <translation>&amp;Uppräkning:</translation>
    </message>
    <message>
        <source>Uppräkningssätt</source>
        <translation>Uppräkningssätt</translation>
    </message>
    <message>
        <source>Medfinansierings&amp;grad:</source>
        <translation>Medfinansierings&amp;grad:</translation>
    </message>
    <message>
        <source>Medfinansieringsgrad</source>
        <translation>Medfinansieringsgrad</translation>
    </message>
    <message>
        <source>Motpartens egen insats som andel av ersättningen, t.ex. 100 %</source>
        <translation>Motpartens egen insats som andel av ersättningen, t.ex. 100 %</translation>
    </message>
    <message>
        <source>&amp;Anteckningar:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Ersättning per år</source>
        <translation>Ersättning per år</translation>
    </message>
    <message>
        <source>Medlemmarnas åtaganden</source>
        <translation>Medlemmarnas åtaganden</translation>
    </message>
    <message>
        <source>Åtaganden och uppföljning</source>
        <translation>Åtaganden och uppföljning</translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Lägg till åtagande</source>
        <translation>Lägg till åtagande</translation>
    </message>
    <message>
        <source>Lägg till ett åtagande (Insert)</source>
        <translation>Lägg till ett åtagande (Insert)</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Ta bort åtagande</source>
        <translation>Ta bort åtagande</translation>
    </message>
    <message>
        <source>Ta bort det markerade åtagandet (Delete)</source>
        <translation>Ta bort det markerade åtagandet (Delete)</translation>
    </message>
    <message>
        <source>Mellanslag bockar för ett år som uppfyllt · Enter skriver en anteckning</source>
        <translation>Mellanslag bockar för ett år som uppfyllt · Enter skriver en anteckning</translation>
    </message>
    <message>
        <source>&amp;Kommun att lägga till:</source>
        <translation>&amp;Kommun att lägga till:</translation>
    </message>
    <message>
        <source>Kommun att lägga till ett åtagande för</source>
        <translation>Kommun att lägga till ett åtagande för</translation>
    </message>
    <message>
        <source>Lägg till medlemmens åtagande</source>
        <translation>Lägg till medlemmens åtagande</translation>
    </message>
    <message>
        <source>Lägg till ett åtagande för kommunen och skriv beloppet per år (Insert)</source>
        <translation>Lägg till ett åtagande för kommunen och skriv beloppet per år (Insert)</translation>
    </message>
    <message>
        <source>Ta bort medlemmens åtagande</source>
        <translation>Ta bort medlemmens åtagande</translation>
    </message>
</context>
<context>
    <name>AnnualReport</name>
    <message>
        <source>Utkast</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Inskickad</source>
        <translation>Inskickad</translation>
    </message>
    <message>
        <source>Godkänd</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Regional ersättning</source>
        <translation>Regional ersättning</translation>
    </message>
    <message>
        <source>Övrig intäkt</source>
        <translation>Övrig intäkt</translation>
    </message>
    <message>
        <source>Lönekostnader</source>
        <translation>Lönekostnader</translation>
    </message>
    <message>
        <source>Folkhälsoinsatser</source>
        <translation>Folkhälsoinsatser</translation>
    </message>
    <message>
        <source>Övrigt</source>
        <translation>Övrigt</translation>
    </message>
</context>
<context>
    <name>AnnualReportEditor</name>
    <message>
        <source>Årsredovisningens status</source>
        <translation>Årsredovisningens status</translation>
    </message>
    <message>
        <source>Återöppna…</source>
        <translation>Återöppna…</translation>
    </message>
    <message>
        <source>Öppna den godkända årsredovisningen igen för ändringar (orsaken sparas)</source>
        <translation>Öppna den godkända årsredovisningen igen för ändringar (orsaken sparas)</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Dölj meddelandet</source>
        <translation>Dölj meddelandet</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>Periodens första dag</source>
        <translation>Periodens första dag</translation>
    </message>
    <message>
        <source>Periodens sista dag</source>
        <translation>Periodens sista dag</translation>
    </message>
    <message>
        <source>Utgifter</source>
        <translation>Utgifter</translation>
    </message>
    <message>
        <source>Lägg till utgiftsrad (Insert)</source>
        <translation>Lägg till utgiftsrad (Insert)</translation>
    </message>
    <message>
        <source>Lägg till utgiftsrad</source>
        <translation>Lägg till utgiftsrad</translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Ta bort utgiftsrad (Delete)</source>
        <translation>Ta bort utgiftsrad (Delete)</translation>
    </message>
    <message>
        <source>Ta bort utgiftsrad</source>
        <translation>Ta bort utgiftsrad</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Flytta upp utgiftsrad (Ctrl+Upp)</source>
        <translation>Flytta upp utgiftsrad (Ctrl+Upp)</translation>
    </message>
    <message>
        <source>Flytta upp utgiftsrad</source>
        <translation>Flytta upp utgiftsrad</translation>
    </message>
    <message>
        <source>Flytta upp</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Flytta ned utgiftsrad (Ctrl+Ned)</source>
        <translation>Flytta ned utgiftsrad (Ctrl+Ned)</translation>
    </message>
    <message>
        <source>Flytta ned utgiftsrad</source>
        <translation>Flytta ned utgiftsrad</translation>
    </message>
    <message>
        <source>Flytta ned</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Enter redigerar · Insert lägger till · Delete tar bort · Ctrl+↑/↓ flyttar</source>
        <translation>Enter redigerar · Insert lägger till · Delete tar bort · Ctrl+↑/↓ flyttar</translation>
    </message>
    <message>
        <source>Intäkter</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>Lägg till intäktsrad (Insert)</source>
        <translation>Lägg till intäktsrad (Insert)</translation>
    </message>
    <message>
        <source>Lägg till intäktsrad</source>
        <translation>Lägg till intäktsrad</translation>
    </message>
    <message>
        <source>Ta bort intäktsrad (Delete)</source>
        <translation>Ta bort intäktsrad (Delete)</translation>
    </message>
    <message>
        <source>Ta bort intäktsrad</source>
        <translation>Ta bort intäktsrad</translation>
    </message>
    <message>
        <source>Flytta upp intäktsrad (Ctrl+Upp)</source>
        <translation>Flytta upp intäktsrad (Ctrl+Upp)</translation>
    </message>
    <message>
        <source>Flytta upp intäktsrad</source>
        <translation>Flytta upp intäktsrad</translation>
    </message>
    <message>
        <source>Flytta ned intäktsrad (Ctrl+Ned)</source>
        <translation>Flytta ned intäktsrad (Ctrl+Ned)</translation>
    </message>
    <message>
        <source>Flytta ned intäktsrad</source>
        <translation>Flytta ned intäktsrad</translation>
    </message>
    <message>
        <source>Berättelse och underskrift</source>
        <translation>Berättelse och underskrift</translation>
    </message>
    <message>
        <source>Tre viktiga händelser</source>
        <translation>Tre viktiga händelser</translation>
    </message>
    <message>
        <source>Tre viktiga händelser under året, ett stycke var. Tre är det vanliga, men fler eller färre går att spara.</source>
        <translation>Tre viktiga händelser under året, ett stycke var. Tre är det vanliga, men fler eller färre går att spara.</translation>
    </message>
    <message>
        <source>Lägg till händelse (Insert)</source>
        <translation>Lägg till händelse (Insert)</translation>
    </message>
    <message>
        <source>Lägg till händelse</source>
        <translation>Lägg till händelse</translation>
    </message>
    <message>
        <source>Ta bort händelse (Delete)</source>
        <translation>Ta bort händelse (Delete)</translation>
    </message>
    <message>
        <source>Ta bort händelse</source>
        <translation>Ta bort händelse</translation>
    </message>
    <message>
        <source>Flytta upp händelse (Ctrl+Upp)</source>
        <translation>Flytta upp händelse (Ctrl+Upp)</translation>
    </message>
    <message>
        <source>Flytta upp händelse</source>
        <translation>Flytta upp händelse</translation>
    </message>
    <message>
        <source>Flytta ned händelse (Ctrl+Ned)</source>
        <translation>Flytta ned händelse (Ctrl+Ned)</translation>
    </message>
    <message>
        <source>Flytta ned händelse</source>
        <translation>Flytta ned händelse</translation>
    </message>
    <message>
        <source>Enter redigerar stycket · Insert lägger till · Delete tar bort · Ctrl+↑/↓ flyttar</source>
        <translation>Enter redigerar stycket · Insert lägger till · Delete tar bort · Ctrl+↑/↓ flyttar</translation>
    </message>
    <message>
        <source>Personalresurser</source>
        <translation>Personalresurser</translation>
    </message>
    <message>
        <source>Beskrivning av personalresurser för folkhälsoarbete, ett stycke per punkt.</source>
        <translation>Beskrivning av personalresurser för folkhälsoarbete, ett stycke per punkt.</translation>
    </message>
    <message>
        <source>Beskrivning av personalresurser för folkhälsoarbete</source>
        <translation>Beskrivning av personalresurser för folkhälsoarbete</translation>
    </message>
    <message>
        <source>Lägg till stycke om personalresurser (Insert)</source>
        <translation>Lägg till stycke om personalresurser (Insert)</translation>
    </message>
    <message>
        <source>Lägg till stycke om personalresurser</source>
        <translation>Lägg till stycke om personalresurser</translation>
    </message>
    <message>
        <source>Ta bort stycke om personalresurser (Delete)</source>
        <translation>Ta bort stycke om personalresurser (Delete)</translation>
    </message>
    <message>
        <source>Ta bort stycke om personalresurser</source>
        <translation>Ta bort stycke om personalresurser</translation>
    </message>
    <message>
        <source>Flytta upp stycke om personalresurser (Ctrl+Upp)</source>
        <translation>Flytta upp stycke om personalresurser (Ctrl+Upp)</translation>
    </message>
    <message>
        <source>Flytta upp stycke om personalresurser</source>
        <translation>Flytta upp stycke om personalresurser</translation>
    </message>
    <message>
        <source>Flytta ned stycke om personalresurser (Ctrl+Ned)</source>
        <translation>Flytta ned stycke om personalresurser (Ctrl+Ned)</translation>
    </message>
    <message>
        <source>Flytta ned stycke om personalresurser</source>
        <translation>Flytta ned stycke om personalresurser</translation>
    </message>
    <message>
        <source>Underskrift</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>På uppdrag av, &amp;namn:</source>
        <translation>På uppdrag av, &amp;namn:</translation>
    </message>
    <message>
        <source>På uppdrag av, namn</source>
        <translation>På uppdrag av, namn</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>På uppdrag av, titel</source>
        <translation>På uppdrag av, titel</translation>
    </message>
    <message>
        <source>Upprättad av, n&amp;amn:</source>
        <translation>Upprättad av, n&amp;amn:</translation>
    </message>
    <message>
        <source>Upprättad av, namn</source>
        <translation>Upprättad av, namn</translation>
    </message>
    <message>
        <source>T&amp;itel:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>Upprättad av, titel</source>
        <translation>Upprättad av, titel</translation>
    </message>
    <message>
        <source>Båda namnen behövs för att årsredovisningen ska kunna skickas in. Ändringen sparas när du lämnar fältet.</source>
        <translation>Båda namnen behövs för att årsredovisningen ska kunna skickas in. Ändringen sparas när du lämnar fältet.</translation>
    </message>
    <message>
        <source>Läs in igen</source>
        <translation>Läs in igen</translation>
    </message>
    <message>
        <source>Läs in årsredovisningen som den är sparad nu (ångra-historiken töms)</source>
        <translation>Läs in årsredovisningen som den är sparad nu (ångra-historiken töms)</translation>
    </message>
</context>
<context>
    <name>AnnualReportPdf</name>
    <message>
        <source>Version %1 · SHA-256 %2</source>
        <translation>Version %1 · SHA-256 %2</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Exportera alla årsredovisningar för ett år</source>
        <translation>Exportera alla årsredovisningar för ett år</translation>
    </message>
    <message>
        <source>Skriver en PDF/A-fil per årsredovisning till mappen du väljer, med samma innehåll som när du exporterar en i taget (Arkiv → Exportera PDF…). En fil med samma namn i mappen ersätts.</source>
        <translation>Skriver en PDF/A-fil per årsredovisning till mappen du väljer, med samma innehåll som när du exporterar en i taget (Arkiv → Exportera PDF…). En fil med samma namn i mappen ersätts.</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Årsredovisningar:</source>
        <translation>Årsredovisningar:</translation>
    </message>
    <message>
        <source>A&amp;lla (de som inte är godkända får vattenstämpeln UTKAST)</source>
        <translation>A&amp;lla (de som inte är godkända får vattenstämpeln UTKAST)</translation>
    </message>
    <message>
        <source>Endast &amp;godkända</source>
        <translation>Endast &amp;godkända</translation>
    </message>
    <message>
        <source>&amp;Mapp:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <source>Mapp för PDF-filerna</source>
        <translation>Mapp för PDF-filerna</translation>
    </message>
    <message>
        <source>&amp;Välj…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Välj mappen som PDF-filerna skrivs till</source>
        <translation>Välj mappen som PDF-filerna skrivs till</translation>
    </message>
    <message>
        <source>Vad som skrevs och vad som inte skrevs</source>
        <translation>Vad som skrevs och vad som inte skrevs</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Fel</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Varning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>CofundingBalance</name>
    <message>
        <source>Beloppen är för stora</source>
        <translation>Beloppen är för stora</translation>
    </message>
    <message>
        <source>Uppfyller kravet</source>
        <translation>Uppfyller kravet</translation>
    </message>
    <message>
        <source>Under kravet</source>
        <translation>Under kravet</translation>
    </message>
    <message>
        <source>Rapport saknas</source>
        <translation>Rapport saknas</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>skapar en ny databas; --demo läser in exempeldata från seed-dokumenten</source>
        <translation>skapar en ny databas; --demo läser in exempeldata från seed-dokumenten</translation>
    </message>
    <message>
        <source>importerar en utbytesfil (allt eller inget); --replace ersätter befintliga överenskommelser och rapporter som inte är godkända</source>
        <translation>importerar en utbytesfil (allt eller inget); --replace ersätter befintliga överenskommelser och rapporter som inte är godkända</translation>
    </message>
    <message>
        <source>exporterar en utbytesfil (allt om inget filter anges); FIL = - skriver till standard ut</source>
        <translation>exporterar en utbytesfil (allt om inget filter anges); FIL = - skriver till standard ut</translation>
    </message>
    <message>
        <source>visar medfinansieringen per överenskommelse, part och år; --strict ger slutkod 1 när någon rad är under kravet eller saknar rapport</source>
        <translation>visar medfinansieringen per överenskommelse, part och år; --strict ger slutkod 1 när någon rad är under kravet eller saknar rapport</translation>
    </message>
    <message>
        <source>kontrollerar databasfilen och alla regler; slutkod 1 vid fel</source>
        <translation>kontrollerar databasfilen och alla regler; slutkod 1 vid fel</translation>
    </message>
    <message>
        <source>skriver en konsistent kopia av databasen till FIL</source>
        <translation>skriver en konsistent kopia av databasen till FIL</translation>
    </message>
    <message>
        <source>skapar en ny databas med ett syntetiskt län för prestandatester</source>
        <translation>skapar en ny databas med ett syntetiskt län för prestandatester</translation>
    </message>
    <message>
        <source>skriver årsredovisningen som arkivbeständig PDF (PDF/A-1b); med --all en PDF per rapport för året i MAPP, --approved-only bara godkända</source>
        <translation>skriver årsredovisningen som arkivbeständig PDF (PDF/A-1b); med --all en PDF per rapport för året i MAPP, --approved-only bara godkända</translation>
    </message>
    <message>
        <source>lägger huvudbokens utgiftsrader (kategori; belopp; fotnot) i partens utkast för året, som skapas om det saknas; en inskickad eller godkänd årsredovisning vägrar; allt eller inget; --dry-run kontrollerar utan att skriva</source>
        <translation>lägger huvudbokens utgiftsrader (kategori; belopp; fotnot) i partens utkast för året, som skapas om det saknas; en inskickad eller godkänd årsredovisning vägrar; allt eller inget; --dry-run kontrollerar utan att skriva</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Standard ut kunde inte skrivas: %1. Utdata är ofullständiga.</source>
        <translation>Standard ut kunde inte skrivas: %1. Utdata är ofullständiga.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Ändringsloggen kunde inte skrivas.</source>
        <translation>Ändringsloggen kunde inte skrivas.</translation>
    </message>
    <message>
        <source>skriva ändringsloggen</source>
        <translation>skriva ändringsloggen</translation>
    </message>
    <message>
        <source>Ändringsloggen kunde inte läsas.</source>
        <translation>Ändringsloggen kunde inte läsas.</translation>
    </message>
    <message>
        <source>läsa ändringsloggen</source>
        <translation>läsa ändringsloggen</translation>
    </message>
    <message>
        <source>läsa databasen</source>
        <translation>läsa databasen</translation>
    </message>
    <message>
        <source>Parten '%1' finns inte i databasen. Kontrollera namnet.</source>
        <translation>Parten '%1' finns inte i databasen. Kontrollera namnet.</translation>
    </message>
    <message>
        <source>Årsredovisningen är godkänd och därför låst: varken den eller dess rader kan ändras. Be en controller att öppna den igen (med en orsak) om något måste rättas.</source>
        <translation>Årsredovisningen är godkänd och därför låst: varken den eller dess rader kan ändras. Be en controller att öppna den igen (med en orsak) om något måste rättas.</translation>
    </message>
    <message>
        <source>Kunde inte %1: databasen används av ett annat program just nu. Försök igen om en stund.</source>
        <translation>Kunde inte %1: databasen används av ett annat program just nu. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Kunde inte %1: databasen är skrivskyddad. Öppna en kopia som du får skriva i.</source>
        <translation>Kunde inte %1: databasen är skrivskyddad. Öppna en kopia som du får skriva i.</translation>
    </message>
    <message>
        <source>Kunde inte %1: databasen avvisade ändringen. Ingenting har sparats. Kontrollera uppgifterna eller kör en kontroll av databasen.</source>
        <translation>Kunde inte %1: databasen avvisade ändringen. Ingenting har sparats. Kontrollera uppgifterna eller kör en kontroll av databasen.</translation>
    </message>
    <message>
        <source>Kunde inte %1: databasfilen kunde inte skrivas, troligen för att disken är full. Ingenting har sparats och det som redan fanns i databasen är oförändrat. Frigör utrymme på disken och försök igen.</source>
        <translation>Kunde inte %1: databasfilen kunde inte skrivas, troligen för att disken är full. Ingenting har sparats och det som redan fanns i databasen är oförändrat. Frigör utrymme på disken och försök igen.</translation>
    </message>
    <message>
        <source>kedja ändringsloggen</source>
        <translation>kedja ändringsloggen</translation>
    </message>
    <message>
        <source>Kunde inte %1: en kommun kan bara vara medlem i en länsdel åt gången, och bara en gång per år. Ingenting har sparats.</source>
        <translation>Kunde inte %1: en kommun kan bara vara medlem i en länsdel åt gången, och bara en gång per år. Ingenting har sparats.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Demodata saknas i programmet (:/demo/demo.json).</source>
        <translation>Demodata saknas i programmet (:/demo/demo.json).</translation>
    </message>
    <message>
        <source>Demodata i programmet är ogiltiga: %1</source>
        <translation>Demodata i programmet är ogiltiga: %1</translation>
    </message>
    <message>
        <source>Demodata kunde inte läsas in: %1</source>
        <translation>Demodata kunde inte läsas in: %1</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <source>Användarhandbok</source>
        <translation>Användarhandbok</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Periodens början</source>
        <translation>Periodens början</translation>
    </message>
    <message>
        <source>Periodens slut</source>
        <translation>Periodens slut</translation>
    </message>
    <message>
        <source>På uppdrag av, namn</source>
        <translation>På uppdrag av, namn</translation>
    </message>
    <message>
        <source>På uppdrag av, titel</source>
        <translation>På uppdrag av, titel</translation>
    </message>
    <message>
        <source>Upprättad av, namn</source>
        <translation>Upprättad av, namn</translation>
    </message>
    <message>
        <source>Upprättad av, titel</source>
        <translation>Upprättad av, titel</translation>
    </message>
    <message>
        <source>kategori</source>
        <translation>kategori</translation>
    </message>
    <message>
        <source>belopp</source>
        <translation>belopp</translation>
    </message>
    <message>
        <source>fotnot</source>
        <translation>fotnot</translation>
    </message>
    <message>
        <source>slag</source>
        <translation>slag</translation>
    </message>
    <message>
        <source>källa</source>
        <translation>källa</translation>
    </message>
    <message>
        <source>anteckning</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>plats</source>
        <translation>plats</translation>
    </message>
</context>
<context>
    <name>ImportCsvCommand</name>
    <message>
        <source>--encoding ska vara utf-8 eller windows-1252 (fick "%1").</source>
        <translation>--encoding ska vara utf-8 eller windows-1252 (fick "%1").</translation>
    </message>
    <message>
        <source>--separator ska vara ';', ',' eller tab (fick "%1").</source>
        <translation>--separator ska vara ';', ',' eller tab (fick "%1").</translation>
    </message>
    <message>
        <source>Ange antingen --header eller --no-header, inte båda.</source>
        <translation>Ange antingen --header eller --no-header, inte båda.</translation>
    </message>
    <message>
        <source>rubrikrad: %1</source>
        <translation>rubrikrad: %1</translation>
    </message>
    <message>
        <source>ingen rubrikrad</source>
        <translation>ingen rubrikrad</translation>
    </message>
    <message>
        <source>Läste %1: %2 rader, summa %3 (teckenkodning %4%5, avgränsare %6, %7).</source>
        <translation>Läste %1: %2 rader, summa %3 (teckenkodning %4%5, avgränsare %6, %7).</translation>
    </message>
    <message>
        <source> med BOM</source>
        <translation> med BOM</translation>
    </message>
    <message>
        <source>%1 kan inte importeras: %2 Ingenting har ändrats.</source>
        <translation>%1 kan inte importeras: %2 Ingenting har ändrats.</translation>
    </message>
    <message>
        <source>rad %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <source>Ingenting importerades: %1 av %2 rader har fel. Rätta raderna och försök igen.</source>
        <translation>Ingenting importerades: %1 av %2 rader har fel. Rätta raderna och försök igen.</translation>
    </message>
    <message>
        <source>rad %1: %2 · %3%4</source>
        <translation>rad %1: %2 · %3%4</translation>
    </message>
    <message>
        <source>Provkörning: %1 rader (%2) skulle läggas till i årsredovisningen %3 för %4 (utkast). Ingenting har skrivits.</source>
        <translation>Provkörning: %1 rader (%2) skulle läggas till i årsredovisningen %3 för %4 (utkast). Ingenting har skrivits.</translation>
    </message>
    <message>
        <source>Provkörning: %1 rader (%2) skulle läggas till i en ny årsredovisning %3 för %4. Ingenting har skrivits.</source>
        <translation>Provkörning: %1 rader (%2) skulle läggas till i en ny årsredovisning %3 för %4. Ingenting har skrivits.</translation>
    </message>
    <message>
        <source>Ange både --party NAMN och --year ÅR: raderna läggs i den partens årsredovisning för det året.</source>
        <translation>Ange både --party NAMN och --year ÅR: raderna läggs i den partens årsredovisning för det året.</translation>
    </message>
    <message>
        <source>Filen %1 går inte att läsa. Kontrollera att du har behörighet till den.</source>
        <translation>Filen %1 går inte att läsa. Kontrollera att du har behörighet till den.</translation>
    </message>
    <message>
        <source>Filen %1 finns inte. Kontrollera namnet och mappen.</source>
        <translation>Filen %1 finns inte. Kontrollera namnet och mappen.</translation>
    </message>
    <message>
        <source>Ingenting importerades: %1</source>
        <translation>Ingenting importerades: %1</translation>
    </message>
    <message>
        <source>Importerade %1 rader (%2) till en ny årsredovisning %3 för %4 (utkast).</source>
        <translation>Importerade %1 rader (%2) till en ny årsredovisning %3 för %4 (utkast).</translation>
    </message>
    <message>
        <source>Importerade %1 rader (%2) till årsredovisningen %3 för %4 (utkast).</source>
        <translation>Importerade %1 rader (%2) till årsredovisningen %3 för %4 (utkast).</translation>
    </message>
</context>
<context>
    <name>ImportExpenseLines</name>
    <message>
        <source>Importera 1 rad från huvudbok</source>
        <translation>Importera 1 rad från huvudbok</translation>
    </message>
    <message>
        <source>Importera %1 rader från huvudbok</source>
        <translation>Importera %1 rader från huvudbok</translation>
    </message>
</context>
<context>
    <name>LedgerCsvReader</name>
    <message>
        <source>semikolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <source>komma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>tabb</source>
        <translation>tabb</translation>
    </message>
    <message>
        <source>Filen har fler än %1 rader. Dela upp den i mindre filer.</source>
        <translation>Filen har fler än %1 rader. Dela upp den i mindre filer.</translation>
    </message>
    <message>
        <source>Rubrikraden (rad %1) innehåller tecken som inte kan läsas som %2. Välj en annan teckenkodning.</source>
        <translation>Rubrikraden (rad %1) innehåller tecken som inte kan läsas som %2. Välj en annan teckenkodning.</translation>
    </message>
    <message>
        <source>Filen har bara en rubrikrad och inga rader att importera.</source>
        <translation>Filen har bara en rubrikrad och inga rader att importera.</translation>
    </message>
    <message>
        <source>Filen innehåller inga rader att importera.</source>
        <translation>Filen innehåller inga rader att importera.</translation>
    </message>
    <message>
        <source>Filen är %1 MB; en huvudboksfil får vara högst %2 MB. Dela upp den i mindre filer.</source>
        <translation>Filen är %1 MB; en huvudboksfil får vara högst %2 MB. Dela upp den i mindre filer.</translation>
    </message>
    <message>
        <source>Filen är sparad som UTF-16 (Unicode-text). Spara den i stället som CSV med semikolon, i UTF-8 eller Windows-1252.</source>
        <translation>Filen är sparad som UTF-16 (Unicode-text). Spara den i stället som CSV med semikolon, i UTF-8 eller Windows-1252.</translation>
    </message>
    <message>
        <source>Filen är tom.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>Kolumnvalet går inte att använda: välj kolumner mellan 1 och %1.</source>
        <translation>Kolumnvalet går inte att använda: välj kolumner mellan 1 och %1.</translation>
    </message>
    <message>
        <source>Kategori, belopp och fotnot måste läsas från olika kolumner.</source>
        <translation>Kategori, belopp och fotnot måste läsas från olika kolumner.</translation>
    </message>
    <message>
        <source>Citattecknet som börjar på raden avslutas aldrig, så resten av filen lästes som en enda cell. Kontrollera citattecknen.</source>
        <translation>Citattecknet som börjar på raden avslutas aldrig, så resten av filen lästes som en enda cell. Kontrollera citattecknen.</translation>
    </message>
    <message>
        <source>Raden har fler än %1 kolumner.</source>
        <translation>Raden har fler än %1 kolumner.</translation>
    </message>
    <message>
        <source>Raden har 1 kolumn men behöver minst %1: kategori och belopp (avgränsare: %2).</source>
        <translation>Raden har 1 kolumn men behöver minst %1: kategori och belopp (avgränsare: %2).</translation>
    </message>
    <message>
        <source>Raden har %1 kolumner men behöver minst %2: kategori och belopp (avgränsare: %3).</source>
        <translation>Raden har %1 kolumner men behöver minst %2: kategori och belopp (avgränsare: %3).</translation>
    </message>
    <message>
        <source>Kategorin</source>
        <translation>Kategorin</translation>
    </message>
    <message>
        <source>Kategorin är tom. Varje rad behöver en kategori, till exempel Lönekostnader.</source>
        <translation>Kategorin är tom. Varje rad behöver en kategori, till exempel Lönekostnader.</translation>
    </message>
    <message>
        <source>Fotnoten</source>
        <translation>Fotnoten</translation>
    </message>
    <message>
        <source>%1 är för lång (%2 tecken; högst %3).</source>
        <translation>%1 är för lång (%2 tecken; högst %3).</translation>
    </message>
    <message>
        <source>%1 innehåller tecken som inte kan läsas som %2. Välj en annan teckenkodning.</source>
        <translation>%1 innehåller tecken som inte kan läsas som %2. Välj en annan teckenkodning.</translation>
    </message>
    <message>
        <source>%1 innehåller en radbrytning; skriv den på en rad.</source>
        <translation>%1 innehåller en radbrytning; skriv den på en rad.</translation>
    </message>
    <message>
        <source>%1 innehåller ett styrtecken (%2) som inte hör hemma i en text.</source>
        <translation>%1 innehåller ett styrtecken (%2) som inte hör hemma i en text.</translation>
    </message>
    <message>
        <source>Summan av beloppen i filen är för stor för att kunna stämma. Kontrollera beloppskolumnen.</source>
        <translation>Summan av beloppen i filen är för stor för att kunna stämma. Kontrollera beloppskolumnen.</translation>
    </message>
    <message>
        <source>Kolumn %1</source>
        <translation>Kolumn %1</translation>
    </message>
    <message>
        <source>Filen är sparad som UTF-8, men rad %1 är sparad i en annan teckenkodning (troligen Windows-1252). Spara om filen i en enda teckenkodning, eller välj teckenkodning själv.</source>
        <translation>Filen är sparad som UTF-8, men rad %1 är sparad i en annan teckenkodning (troligen Windows-1252). Spara om filen i en enda teckenkodning, eller välj teckenkodning själv.</translation>
    </message>
    <message>
        <source>Raden innehåller semikolon, men filen läses med %1 som avgränsare; raden kommer troligen från en annan fil. Sätt citattecken runt texten eller rätta raden.</source>
        <translation>Raden innehåller semikolon, men filen läses med %1 som avgränsare; raden kommer troligen från en annan fil. Sätt citattecken runt texten eller rätta raden.</translation>
    </message>
</context>
<context>
    <name>LedgerImport</name>
    <message>
        <source>Parten ”%1” finns inte i databasen. Skriv namnet exakt som under Parter: %2.</source>
        <translation>Parten ”%1” finns inte i databasen. Skriv namnet exakt som under Parter: %2.</translation>
    </message>
    <message>
        <source>(inga parter ännu)</source>
        <translation>(inga parter ännu)</translation>
    </message>
    <message>
        <source>%1 är finansiär och lämnar ingen årsredovisning. Välj den kommun, länsdel eller organisation som huvudboken gäller.</source>
        <translation>%1 är finansiär och lämnar ingen årsredovisning. Välj den kommun, länsdel eller organisation som huvudboken gäller.</translation>
    </message>
    <message>
        <source>Året %1 kan inte användas: skriv ett år mellan 1900 och 2200.</source>
        <translation>Året %1 kan inte användas: skriv ett år mellan 1900 och 2200.</translation>
    </message>
    <message>
        <source>Årsredovisningen %1 för %2 är %3, så inga rader kan läggas till. Rader importeras bara till ett utkast; be den som godkänner att återöppna årsredovisningen först.</source>
        <translation>Årsredovisningen %1 för %2 är %3, så inga rader kan läggas till. Rader importeras bara till ett utkast; be den som godkänner att återöppna årsredovisningen först.</translation>
    </message>
    <message>
        <source>Årsredovisningen är %1, så inga rader kan läggas till. Rader importeras bara till ett utkast.</source>
        <translation>Årsredovisningen är %1, så inga rader kan läggas till. Rader importeras bara till ett utkast.</translation>
    </message>
    <message>
        <source>Det finns inga rader att importera.</source>
        <translation>Det finns inga rader att importera.</translation>
    </message>
</context>
<context>
    <name>LedgerImportWizard</name>
    <message>
        <source>Importera från huvudbok</source>
        <translation>Importera från huvudbok</translation>
    </message>
    <message>
        <source>Välj fil och årsredovisning</source>
        <translation>Välj fil och årsredovisning</translation>
    </message>
    <message>
        <source>Välj huvudbokens CSV-fil och den årsredovisning som raderna ska läggas i.</source>
        <translation>Välj huvudbokens CSV-fil och den årsredovisning som raderna ska läggas i.</translation>
    </message>
    <message>
        <source>&amp;Fil:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>huvudbok.csv</source>
        <translation>huvudbok.csv</translation>
    </message>
    <message>
        <source>&amp;Bläddra…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Part:</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Filens format</source>
        <translation>Filens format</translation>
    </message>
    <message>
        <source>Så här lästes filen. Ändra om något blev fel: raderna läses om direkt.</source>
        <translation>Så här lästes filen. Ändra om något blev fel: raderna läses om direkt.</translation>
    </message>
    <message>
        <source>&amp;Teckenkodning:</source>
        <translation>&amp;Teckenkodning:</translation>
    </message>
    <message>
        <source>Teckenkodning</source>
        <translation>Teckenkodning</translation>
    </message>
    <message>
        <source>&amp;Avgränsare:</source>
        <translation>&amp;Avgränsare:</translation>
    </message>
    <message>
        <source>Avgränsare</source>
        <translation>Avgränsare</translation>
    </message>
    <message>
        <source>Första raden är en &amp;rubrikrad</source>
        <translation>Första raden är en &amp;rubrikrad</translation>
    </message>
    <message>
        <source>Så delas filens första rader upp i &amp;kolumner:</source>
        <translation>Så delas filens första rader upp i &amp;kolumner:</translation>
    </message>
    <message>
        <source>Filens första rader</source>
        <translation>Filens första rader</translation>
    </message>
    <message>
        <source>Kolumner</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Välj vilka kolumner som innehåller kategori, belopp och fotnot.</source>
        <translation>Välj vilka kolumner som innehåller kategori, belopp och fotnot.</translation>
    </message>
    <message>
        <source>&amp;Kategori:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>Kolumn för kategori</source>
        <translation>Kolumn för kategori</translation>
    </message>
    <message>
        <source>&amp;Belopp:</source>
        <translation>&amp;Belopp:</translation>
    </message>
    <message>
        <source>Kolumn för belopp</source>
        <translation>Kolumn för belopp</translation>
    </message>
    <message>
        <source>&amp;Fotnot:</source>
        <translation>&amp;Fotnot:</translation>
    </message>
    <message>
        <source>Kolumn för fotnot</source>
        <translation>Kolumn för fotnot</translation>
    </message>
    <message>
        <source>Förhandsvisning</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <source>Kontrollera raderna. Ingenting importeras så länge någon rad har fel.</source>
        <translation>Kontrollera raderna. Ingenting importeras så länge någon rad har fel.</translation>
    </message>
    <message>
        <source>Raderna i filen</source>
        <translation>Raderna i filen</translation>
    </message>
    <message>
        <source>&amp;Läs in filen igen</source>
        <translation>&amp;Läs in filen igen</translation>
    </message>
    <message>
        <source>Läs filen på nytt, till exempel efter att du rättat den i Excel</source>
        <translation>Läs filen på nytt, till exempel efter att du rättat den i Excel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Folkhälsobok</source>
        <translation>Folkhälsobok</translation>
    </message>
    <message>
        <source>Öppna dokument</source>
        <translation>Öppna dokument</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Öppna &amp;senaste</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>&amp;Ny databas…</source>
        <translation>&amp;Ny databas…</translation>
    </message>
    <message>
        <source>Skapa en ny, tom databasfil</source>
        <translation>Skapa en ny, tom databasfil</translation>
    </message>
    <message>
        <source>&amp;Öppna…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Öppna en befintlig databasfil</source>
        <translation>Öppna en befintlig databasfil</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Ö&amp;versikt</source>
        <translation>Ö&amp;versikt</translation>
    </message>
    <message>
        <source>Visa översikten över medfinansieringen</source>
        <translation>Visa översikten över medfinansieringen</translation>
    </message>
    <message>
        <source>&amp;Om Folkhälsobok</source>
        <translation>&amp;Om Folkhälsobok</translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>Verktygsfält</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <source>Kontroller</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Ny å&amp;rsredovisning…</source>
        <translation>Ny å&amp;rsredovisning…</translation>
    </message>
    <message>
        <source>Ny rapport</source>
        <translation>Ny rapport</translation>
    </message>
    <message>
        <source>Skapa en årsredovisning för en part och ett år (Ctrl+Skift+N)</source>
        <translation>Skapa en årsredovisning för en part och ett år (Ctrl+Skift+N)</translation>
    </message>
    <message>
        <source>&amp;Skicka in</source>
        <translation>&amp;Skicka in</translation>
    </message>
    <message>
        <source>Skicka in årsredovisningen (går bara när inga fel återstår)</source>
        <translation>Skicka in årsredovisningen (går bara när inga fel återstår)</translation>
    </message>
    <message>
        <source>&amp;Godkänn…</source>
        <translation>&amp;Godkänn…</translation>
    </message>
    <message>
        <source>Godkänn</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <source>Godkänn och lås årsredovisningen</source>
        <translation>Godkänn och lås årsredovisningen</translation>
    </message>
    <message>
        <source>Åte&amp;röppna…</source>
        <translation>Åte&amp;röppna…</translation>
    </message>
    <message>
        <source>Återöppna</source>
        <translation>Återöppna</translation>
    </message>
    <message>
        <source>Öppna en godkänd årsredovisning igen (orsaken sparas)</source>
        <translation>Öppna en godkänd årsredovisning igen (orsaken sparas)</translation>
    </message>
    <message>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Programmets språk</source>
        <translation>Programmets språk</translation>
    </message>
    <message>
        <source>&amp;Användarhandbok</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <source>Visa användarhandboken för det du ser nu (F1)</source>
        <translation>Visa användarhandboken för det du ser nu (F1)</translation>
    </message>
    <message>
        <source>&amp;Parter…</source>
        <translation>&amp;Parter…</translation>
    </message>
    <message>
        <source>Finansiärer, kommuner, länsdelar och organisationer</source>
        <translation>Finansiärer, kommuner, länsdelar och organisationer</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Procentsatsen '%1' kunde inte tolkas. Skriv till exempel 3,10 % eller 100.</source>
        <translation>Procentsatsen '%1' kunde inte tolkas. Skriv till exempel 3,10 % eller 100.</translation>
    </message>
    <message>
        <source>Procentsatsen '%1' har fler än två decimaler.</source>
        <translation>Procentsatsen '%1' har fler än två decimaler.</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>Ny årsredovisning</source>
        <translation>Ny årsredovisning</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Part:</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;År:</translation>
    </message>
    <message>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Innehåll</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>&amp;Tom årsredovisning</source>
        <translation>&amp;Tom årsredovisning</translation>
    </message>
    <message>
        <source>&amp;Kopiera rader och kategorier från föregående år, utan belopp</source>
        <translation>&amp;Kopiera rader och kategorier från föregående år, utan belopp</translation>
    </message>
    <message>
        <source>Kopiera rader och kategorier från föregående år, &amp;med belopp</source>
        <translation>Kopiera rader och kategorier från föregående år, &amp;med belopp</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>disken är full. Frigör utrymme och försök igen</source>
        <translation>disken är full. Frigör utrymme och försök igen</translation>
    </message>
    <message>
        <source>du får inte skriva i mappen %1. Kontrollera behörigheten eller välj en annan mapp</source>
        <translation>du får inte skriva i mappen %1. Kontrollera behörigheten eller välj en annan mapp</translation>
    </message>
    <message>
        <source>mappen %1 ligger på en skrivskyddad disk</source>
        <translation>mappen %1 ligger på en skrivskyddad disk</translation>
    </message>
    <message>
        <source>mappen %1 finns inte. Kontrollera sökvägen</source>
        <translation>mappen %1 finns inte. Kontrollera sökvägen</translation>
    </message>
    <message>
        <source>en del av sökvägen %1 är inte en mapp</source>
        <translation>en del av sökvägen %1 är inte en mapp</translation>
    </message>
    <message>
        <source>namnet är för långt för filsystemet</source>
        <translation>namnet är för långt för filsystemet</translation>
    </message>
    <message>
        <source>det är en mapp</source>
        <translation>det är en mapp</translation>
    </message>
    <message>
        <source>Filen %1</source>
        <translation>Filen %1</translation>
    </message>
    <message>
        <source>%1 kunde inte skrivas: %2. En tidigare fil med samma namn är orörd.</source>
        <translation>%1 kunde inte skrivas: %2. En tidigare fil med samma namn är orörd.</translation>
    </message>
    <message>
        <source>%1 kunde inte skrivas: %2. Ingenting har ändrats.</source>
        <translation>%1 kunde inte skrivas: %2. Ingenting har ändrats.</translation>
    </message>
    <message>
        <source>det är en symbolisk länk, som en export aldrig följer</source>
        <translation>det är en symbolisk länk, som en export aldrig följer</translation>
    </message>
    <message>
        <source>det är ingen vanlig fil (utan en enhet, en namngiven pipe eller en socket), och en export ersätter den inte</source>
        <translation>det är ingen vanlig fil (utan en enhet, en namngiven pipe eller en socket), och en export ersätter den inte</translation>
    </message>
    <message>
        <source>filen finns redan. Ange ett nytt filnamn</source>
        <translation>filen finns redan. Ange ett nytt filnamn</translation>
    </message>
    <message>
        <source>det är en databas eller en av databasens egna filer, och den skrivs aldrig över. Välj ett annat filnamn</source>
        <translation>det är en databas eller en av databasens egna filer, och den skrivs aldrig över. Välj ett annat filnamn</translation>
    </message>
    <message>
        <source>den hör till databasen %1 och skrivs aldrig över. Välj ett annat filnamn</source>
        <translation>den hör till databasen %1 och skrivs aldrig över. Välj ett annat filnamn</translation>
    </message>
    <message>
        <source>%1 kunde inte skrivas: %2. Ingen fil har skapats.</source>
        <translation>%1 kunde inte skrivas: %2. Ingen fil har skapats.</translation>
    </message>
</context>
<context>
    <name>OverviewFilter</name>
    <message>
        <source>Alla</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Endast underskott</source>
        <translation>Endast underskott</translation>
    </message>
    <message>
        <source>Endast saknade rapporter</source>
        <translation>Endast saknade rapporter</translation>
    </message>
    <message>
        <source>Alla avtal</source>
        <translation>Alla avtal</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Medfinansiering per avtal och år</source>
        <translation>Medfinansiering per avtal och år</translation>
    </message>
    <message>
        <source>Från &amp;år</source>
        <translation>Från &amp;år</translation>
    </message>
    <message>
        <source>Från år</source>
        <translation>Från år</translation>
    </message>
    <message>
        <source>Det första året som visas</source>
        <translation>Det första året som visas</translation>
    </message>
    <message>
        <source>&amp;Till år</source>
        <translation>&amp;Till år</translation>
    </message>
    <message>
        <source>Till år</source>
        <translation>Till år</translation>
    </message>
    <message>
        <source>Det sista året som visas; meningen överst gäller det året</source>
        <translation>Det sista året som visas; meningen överst gäller det året</translation>
    </message>
    <message>
        <source>&amp;Delregion</source>
        <translation>&amp;Delregion</translation>
    </message>
    <message>
        <source>Delregion</source>
        <translation>Delregion</translation>
    </message>
    <message>
        <source>Alla avtal, eller bara en länsdels avtal med dess medlemskommuner</source>
        <translation>Alla avtal, eller bara en länsdels avtal med dess medlemskommuner</translation>
    </message>
    <message>
        <source>Vi&amp;sa</source>
        <translation>Vi&amp;sa</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Alla rader, eller bara rader med ett underskott eller en saknad rapport under de visade åren</source>
        <translation>Alla rader, eller bara rader med ett underskott eller en saknad rapport under de visade åren</translation>
    </message>
    <message>
        <source>Saldo per avtal och år: insats minus krav. Enter öppnar rapporten eller avtalet.</source>
        <translation>Saldo per avtal och år: insats minus krav. Enter öppnar rapporten eller avtalet.</translation>
    </message>
</context>
<context>
    <name>PartiesDialog</name>
    <message>
        <source>Parter</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Finansiärer, kommuner, länsdelar och organisationer. En part som har årsredovisningar, avtal eller medlemskap kan inte tas bort.</source>
        <translation>Finansiärer, kommuner, länsdelar och organisationer. En part som har årsredovisningar, avtal eller medlemskap kan inte tas bort.</translation>
    </message>
    <message>
        <source>Ny part eller nytt namn</source>
        <translation>Ny part eller nytt namn</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Partens namn</source>
        <translation>Partens namn</translation>
    </message>
    <message>
        <source>&amp;Slag:</source>
        <translation>&amp;Slag:</translation>
    </message>
    <message>
        <source>Partens slag</source>
        <translation>Partens slag</translation>
    </message>
    <message>
        <source>&amp;Lägg till</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Lägg till en ny part med namnet och slaget</source>
        <translation>Lägg till en ny part med namnet och slaget</translation>
    </message>
    <message>
        <source>&amp;Byt namn</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>Ge den markerade parten namnet i fältet</source>
        <translation>Ge den markerade parten namnet i fältet</translation>
    </message>
    <message>
        <source>&amp;Ta bort</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Ta bort den markerade parten (går bara när ingenting hänvisar till den)</source>
        <translation>Ta bort den markerade parten (går bara när ingenting hänvisar till den)</translation>
    </message>
    <message>
        <source>Medlemmar i länsdelen</source>
        <translation>Medlemmar i länsdelen</translation>
    </message>
    <message>
        <source>Länsdelens medlemmar</source>
        <translation>Länsdelens medlemmar</translation>
    </message>
    <message>
        <source>&amp;Kommun:</source>
        <translation>&amp;Kommun:</translation>
    </message>
    <message>
        <source>Medlemskommun</source>
        <translation>Medlemskommun</translation>
    </message>
    <message>
        <source>&amp;Från år:</source>
        <translation>&amp;Från år:</translation>
    </message>
    <message>
        <source>Medlem från år</source>
        <translation>Medlem från år</translation>
    </message>
    <message>
        <source>T&amp;ill år:</source>
        <translation>T&amp;ill år:</translation>
    </message>
    <message>
        <source>Medlem till och med år</source>
        <translation>Medlem till och med år</translation>
    </message>
    <message>
        <source>Lägg till &amp;medlem</source>
        <translation>Lägg till &amp;medlem</translation>
    </message>
    <message>
        <source>Gör kommunen till medlem i den markerade länsdelen under åren</source>
        <translation>Gör kommunen till medlem i den markerade länsdelen under åren</translation>
    </message>
    <message>
        <source>Ändra å&amp;r</source>
        <translation>Ändra å&amp;r</translation>
    </message>
    <message>
        <source>Ge det markerade medlemskapet kommunen och åren i fälten</source>
        <translation>Ge det markerade medlemskapet kommunen och åren i fälten</translation>
    </message>
    <message>
        <source>Ta bort m&amp;edlem</source>
        <translation>Ta bort m&amp;edlem</translation>
    </message>
    <message>
        <source>Ta bort det markerade medlemskapet</source>
        <translation>Ta bort det markerade medlemskapet</translation>
    </message>
</context>
<context>
    <name>Party</name>
    <message>
        <source>Finansiär</source>
        <translation>Finansiär</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Länsdel</source>
        <translation>Länsdel</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Återöppna årsredovisningen</source>
        <translation>Återöppna årsredovisningen</translation>
    </message>
    <message>
        <source>&amp;Orsak (krävs):</source>
        <translation>&amp;Orsak (krävs):</translation>
    </message>
    <message>
        <source>Orsak till återöppningen</source>
        <translation>Orsak till återöppningen</translation>
    </message>
    <message>
        <source>Till exempel: Kommunen har rättat lönekostnaderna efter bokslutet.</source>
        <translation>Till exempel: Kommunen har rättat lönekostnaderna efter bokslutet.</translation>
    </message>
</context>
<context>
    <name>ReportFilesImportDialog</name>
    <message>
        <source>Importera rapporter</source>
        <translation>Importera rapporter</translation>
    </message>
    <message>
        <source>Så här blir det om du importerar filerna. Rapporter som avvisas eller inte är ikryssade lämnas utanför; resten av varje fil importeras i ett svep, eller inget av den om databasen vägrar. En godkänd rapport ersätts aldrig, och en befintlig rapport ersätts bara om du kryssar i den.</source>
        <translation>Så här blir det om du importerar filerna. Rapporter som avvisas eller inte är ikryssade lämnas utanför; resten av varje fil importeras i ett svep, eller inget av den om databasen vägrar. En godkänd rapport ersätts aldrig, och en befintlig rapport ersätts bara om du kryssar i den.</translation>
    </message>
    <message>
        <source>&amp;Rapporter i filerna:</source>
        <translation>&amp;Rapporter i filerna:</translation>
    </message>
    <message>
        <source>Rapporter i filerna och vad som händer med dem</source>
        <translation>Rapporter i filerna och vad som händer med dem</translation>
    </message>
</context>
<context>
    <name>ReportSubmissionFile</name>
    <message>
        <source>Det finns ingen årsredovisning för %1 %2 i databasen, så det finns inget att exportera.</source>
        <translation>Det finns ingen årsredovisning för %1 %2 i databasen, så det finns inget att exportera.</translation>
    </message>
    <message>
        <source>Rapport %1 – %2</source>
        <translation>Rapport %1 – %2</translation>
    </message>
</context>
<context>
    <name>ReportSummaryPanel</name>
    <message>
        <source>Summering</source>
        <translation>Summering</translation>
    </message>
    <message>
        <source>Totalt utgifter</source>
        <translation>Totalt utgifter</translation>
    </message>
    <message>
        <source>Totalt intäkter</source>
        <translation>Totalt intäkter</translation>
    </message>
    <message>
        <source>Kommunens insats</source>
        <translation>Kommunens insats</translation>
    </message>
    <message>
        <source>Medfinansieringens status för partens avtal detta år</source>
        <translation>Medfinansieringens status för partens avtal detta år</translation>
    </message>
    <message>
        <source>Medfinansiering</source>
        <translation>Medfinansiering</translation>
    </message>
    <message>
        <source>Ersättning</source>
        <translation>Ersättning</translation>
    </message>
    <message>
        <source>Krav</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Insats</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Inställningar</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>&amp;Programmets språk:</source>
        <translation>&amp;Programmets språk:</translation>
    </message>
    <message>
        <source>Programmets språk</source>
        <translation>Programmets språk</translation>
    </message>
    <message>
        <source>Menyer, rubriker och meddelanden byter språk direkt. Belopp och datum skrivs alltid på svenskt vis (3 434 000 kr, 2023-12-31).</source>
        <translation>Menyer, rubriker och meddelanden byter språk direkt. Belopp och datum skrivs alltid på svenskt vis (3 434 000 kr, 2023-12-31).</translation>
    </message>
</context>
<context>
    <name>StatusLook</name>
    <message>
        <source>Preliminär</source>
        <translation>Preliminär</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Inga rader matchar urvalet.</source>
        <translation>Inga rader matchar urvalet.</translation>
    </message>
    <message>
        <source>Folkhälsobok · skapad %1</source>
        <translation>Folkhälsobok · skapad %1</translation>
    </message>
    <message>
        <source>Sida %1 av %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>PDF-filen kunde inte påbörjas: Qt kunde inte börja rita sidan.</source>
        <translation>PDF-filen kunde inte påbörjas: Qt kunde inte börja rita sidan.</translation>
    </message>
    <message>
        <source>PDF-filen kunde inte skapas: sida %1 kunde inte påbörjas.</source>
        <translation>PDF-filen kunde inte skapas: sida %1 kunde inte påbörjas.</translation>
    </message>
    <message>
        <source>Blad</source>
        <translation>Blad</translation>
    </message>
    <message>
        <source>Excelfilen %1 kunde inte skapas: det gick inte att skapa en tillfällig mapp. Kontrollera att det finns plats på disken.</source>
        <translation>Excelfilen %1 kunde inte skapas: det gick inte att skapa en tillfällig mapp. Kontrollera att det finns plats på disken.</translation>
    </message>
    <message>
        <source>Excelfilen %1 kunde inte skapas: det finns inte tillräckligt med minne.</source>
        <translation>Excelfilen %1 kunde inte skapas: det finns inte tillräckligt med minne.</translation>
    </message>
    <message>
        <source>Excelfilen %1 kunde inte skapas: arbetsboken kunde inte byggas i den tillfälliga mappen. Kontrollera att det finns plats på disken och försök igen.</source>
        <translation>Excelfilen %1 kunde inte skapas: arbetsboken kunde inte byggas i den tillfälliga mappen. Kontrollera att det finns plats på disken och försök igen.</translation>
    </message>
    <message>
        <source>Excelfilen %1 kunde inte skapas: den färdiga arbetsboken kunde inte läsas från den tillfälliga mappen.</source>
        <translation>Excelfilen %1 kunde inte skapas: den färdiga arbetsboken kunde inte läsas från den tillfälliga mappen.</translation>
    </message>
    <message>
        <source>Excelfilen %1 kunde inte skapas: %2. En tidigare fil med samma namn är orörd.</source>
        <translation>Excelfilen %1 kunde inte skapas: %2. En tidigare fil med samma namn är orörd.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Exempeldata kunde inte läggas in i %1: %2 Den nya filen har tagits bort; försök igen.</source>
        <translation>Exempeldata kunde inte läggas in i %1: %2 Den nya filen har tagits bort; försök igen.</translation>
    </message>
</context>
<context>
    <name>fhb</name>
    <message>
        <source>Skriv till exempel 3 434 000, 145 tkr eller 1 393 038,50.</source>
        <translation>Skriv till exempel 3 434 000, 145 tkr eller 1 393 038,50.</translation>
    </message>
</context>
<context>
    <name>fhb::Agreement</name>
    <message>
        <source>namn</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>finansiär</source>
        <translation>finansiär</translation>
    </message>
    <message>
        <source>motpart</source>
        <translation>motpart</translation>
    </message>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>grundersättning</source>
        <translation>grundersättning</translation>
    </message>
    <message>
        <source>fastställd ersättning</source>
        <translation>fastställd ersättning</translation>
    </message>
    <message>
        <source>uppräkningssätt</source>
        <translation>uppräkningssätt</translation>
    </message>
    <message>
        <source>medfinansieringsgrad</source>
        <translation>medfinansieringsgrad</translation>
    </message>
    <message>
        <source>uppräkning (PLK)</source>
        <translation>uppräkning (PLK)</translation>
    </message>
    <message>
        <source>medlemmarnas åtaganden</source>
        <translation>medlemmarnas åtaganden</translation>
    </message>
    <message>
        <source>åtaganden</source>
        <translation>åtaganden</translation>
    </message>
    <message>
        <source>beslut</source>
        <translation>beslut</translation>
    </message>
    <message>
        <source>anteckningar</source>
        <translation>anteckningar</translation>
    </message>
</context>
<context>
    <name>fhb::app</name>
    <message>
        <source>Det finns ingen årsredovisning för %1 år %2. Kontrollera partens namn och året.</source>
        <translation>Det finns ingen årsredovisning för %1 år %2. Kontrollera partens namn och året.</translation>
    </message>
    <message>
        <source>Mappen %1 kunde inte skapas. Kontrollera sökvägen och att du får skriva där.</source>
        <translation>Mappen %1 kunde inte skapas. Kontrollera sökvägen och att du får skriva där.</translation>
    </message>
    <message>
        <source>Observera: </source>
        <translation>Observera: </translation>
    </message>
    <message>
        <source>Redovisad ersättning från regionen (%1) stämmer med överenskommelsens ersättning för %2.</source>
        <translation>Redovisad ersättning från regionen (%1) stämmer med överenskommelsens ersättning för %2.</translation>
    </message>
    <message>
        <source>ett objekt avslutas inte med }</source>
        <translation>ett objekt avslutas inte med }</translation>
    </message>
    <message>
        <source>kolon saknas efter ett fältnamn</source>
        <translation>kolon saknas efter ett fältnamn</translation>
    </message>
    <message>
        <source>en lista avslutas inte med ]</source>
        <translation>en lista avslutas inte med ]</translation>
    </message>
    <message>
        <source>kommatecken saknas mellan två värden</source>
        <translation>kommatecken saknas mellan två värden</translation>
    </message>
    <message>
        <source>ogiltigt värde</source>
        <translation>ogiltigt värde</translation>
    </message>
    <message>
        <source>filen tar slut mitt i ett tal</source>
        <translation>filen tar slut mitt i ett tal</translation>
    </message>
    <message>
        <source>ogiltigt tal</source>
        <translation>ogiltigt tal</translation>
    </message>
    <message>
        <source>ogiltig escape-sekvens i en text</source>
        <translation>ogiltig escape-sekvens i en text</translation>
    </message>
    <message>
        <source>texten är inte giltig UTF-8</source>
        <translation>texten är inte giltig UTF-8</translation>
    </message>
    <message>
        <source>en text avslutas inte med "</source>
        <translation>en text avslutas inte med "</translation>
    </message>
    <message>
        <source>ett objekt förväntades</source>
        <translation>ett objekt förväntades</translation>
    </message>
    <message>
        <source>för djup nästling</source>
        <translation>för djup nästling</translation>
    </message>
    <message>
        <source>filen är för stor</source>
        <translation>filen är för stor</translation>
    </message>
    <message>
        <source>text efter filens slut</source>
        <translation>text efter filens slut</translation>
    </message>
    <message>
        <source>ogiltig JSON</source>
        <translation>ogiltig JSON</translation>
    </message>
    <message>
        <source>rad %1, kolumn %2: %3</source>
        <translation>rad %1, kolumn %2: %3</translation>
    </message>
    <message>
        <source>filen ska innehålla ett JSON-objekt med "format" och "version"</source>
        <translation>filen ska innehålla ett JSON-objekt med "format" och "version"</translation>
    </message>
    <message>
        <source>en lista</source>
        <translation>en lista</translation>
    </message>
    <message>
        <source>ett objekt</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <source>ingenting</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>bara en länsdel (county-part) kan ha medlemmar</source>
        <translation>bara en länsdel (county-part) kan ha medlemmar</translation>
    </message>
    <message>
        <source>får inte vara före fromYear</source>
        <translation>får inte vara före fromYear</translation>
    </message>
    <message>
        <source>ska vara ett objekt med år som nycklar (fick %1)</source>
        <translation>ska vara ett objekt med år som nycklar (fick %1)</translation>
    </message>
    <message>
        <source>nyckeln ska vara ett årtal som "2024"</source>
        <translation>nyckeln ska vara ett årtal som "2024"</translation>
    </message>
    <message>
        <source>ska vara true eller false (fick %1)</source>
        <translation>ska vara true eller false (fick %1)</translation>
    </message>
    <message>
        <source>året %1 finns redan i listan</source>
        <translation>året %1 finns redan i listan</translation>
    </message>
    <message>
        <source>får inte vara före firstYear (%1)</source>
        <translation>får inte vara före firstYear (%1)</translation>
    </message>
    <message>
        <source>får inte vara före periodStart</source>
        <translation>får inte vara före periodStart</translation>
    </message>
    <message>
        <source>%1 finns redan i %2</source>
        <translation>%1 finns redan i %2</translation>
    </message>
    <message>
        <source>ska vara "%1" (fick "%2")</source>
        <translation>ska vara "%1" (fick "%2")</translation>
    </message>
    <message>
        <source>version %1 stöds inte; det här programmet läser version %2</source>
        <translation>version %1 stöds inte; det här programmet läser version %2</translation>
    </message>
    <message>
        <source>Namnet</source>
        <translation>Namnet</translation>
    </message>
    <message>
        <source>En rapport för samma part och år</source>
        <translation>En rapport för samma part och år</translation>
    </message>
    <message>
        <source>PDF-filen kunde inte kompletteras med arkivuppgifter: den har inte den form som väntades. Rapportera felet.</source>
        <translation>PDF-filen kunde inte kompletteras med arkivuppgifter: den har inte den form som väntades. Rapportera felet.</translation>
    </message>
    <message>
        <source>Ändra utgiftsrad</source>
        <translation>Ändra utgiftsrad</translation>
    </message>
    <message>
        <source>Ändra belopp</source>
        <translation>Ändra belopp</translation>
    </message>
    <message>
        <source>Ändra kategori</source>
        <translation>Ändra kategori</translation>
    </message>
    <message>
        <source>Ändra fotnot</source>
        <translation>Ändra fotnot</translation>
    </message>
    <message>
        <source>PDF-filen %1 skrevs men finns inte i mappen.</source>
        <translation>PDF-filen %1 skrevs men finns inte i mappen.</translation>
    </message>
    <message>
        <source>filen är %1 MB; en utbytesfil får vara högst %2 MB. Dela upp den, till exempel en fil per år.</source>
        <translation>filen är %1 MB; en utbytesfil får vara högst %2 MB. Dela upp den, till exempel en fil per år.</translation>
    </message>
    <message>
        <source>ersättningen för %1 blir större än det högsta tillåtna beloppet 9007199254740992 öre (2^53)</source>
        <translation>ersättningen för %1 blir större än det högsta tillåtna beloppet 9007199254740992 öre (2^53)</translation>
    </message>
    <message>
        <source>rapporten har fler än %1 rader och stycken</source>
        <translation>rapporten har fler än %1 rader och stycken</translation>
    </message>
    <message>
        <source>summan av %1 blir större än det högsta tillåtna beloppet 9007199254740992 öre (2^53)</source>
        <translation>summan av %1 blir större än det högsta tillåtna beloppet 9007199254740992 öre (2^53)</translation>
    </message>
    <message>
        <source>utgifterna</source>
        <translation>utgifterna</translation>
    </message>
    <message>
        <source>intäkterna</source>
        <translation>intäkterna</translation>
    </message>
    <message>
        <source>liknar %1 '%2' i %3</source>
        <translation>liknar %1 '%2' i %3</translation>
    </message>
    <message>
        <source>parten</source>
        <translation>parten</translation>
    </message>
    <message>
        <source>överenskommelsen</source>
        <translation>överenskommelsen</translation>
    </message>
    <message>
        <source>ska vara 64 hexadecimala siffror (0–9, a–f)</source>
        <translation>ska vara 64 hexadecimala siffror (0–9, a–f)</translation>
    </message>
    <message>
        <source>ska vara en tidpunkt i UTC, till exempel 2026-03-01T09:30:00.000Z (fick "%1")</source>
        <translation>ska vara en tidpunkt i UTC, till exempel 2026-03-01T09:30:00.000Z (fick "%1")</translation>
    </message>
    <message>
        <source>filen har ingen rapport för %1 %2</source>
        <translation>filen har ingen rapport för %1 %2</translation>
    </message>
</context>
<context>
    <name>fhb::app::AddRemoveExpenseLine</name>
    <message>
        <source>Lägg till utgiftsrad</source>
        <translation>Lägg till utgiftsrad</translation>
    </message>
    <message>
        <source>Ta bort utgiftsrad</source>
        <translation>Ta bort utgiftsrad</translation>
    </message>
</context>
<context>
    <name>fhb::app::AddRemoveParagraph</name>
    <message>
        <source>Lägg till händelse</source>
        <translation>Lägg till händelse</translation>
    </message>
    <message>
        <source>Lägg till stycke om personalresurser</source>
        <translation>Lägg till stycke om personalresurser</translation>
    </message>
    <message>
        <source>Ta bort händelse</source>
        <translation>Ta bort händelse</translation>
    </message>
    <message>
        <source>Ta bort stycke om personalresurser</source>
        <translation>Ta bort stycke om personalresurser</translation>
    </message>
</context>
<context>
    <name>fhb::app::AddRemoveRevenueLine</name>
    <message>
        <source>Lägg till intäktsrad</source>
        <translation>Lägg till intäktsrad</translation>
    </message>
    <message>
        <source>Ta bort intäktsrad</source>
        <translation>Ta bort intäktsrad</translation>
    </message>
</context>
<context>
    <name>fhb::app::AgreementDocument</name>
    <message>
        <source>Någon annan har ändrat avtalet sedan du öppnade det. Läs in det igen innan du fortsätter att ändra.</source>
        <translation>Någon annan har ändrat avtalet sedan du öppnade det. Läs in det igen innan du fortsätter att ändra.</translation>
    </message>
    <message>
        <source>Ändringen gäller ett annat avtal.</source>
        <translation>Ändringen gäller ett annat avtal.</translation>
    </message>
    <message>
        <source>Ändra namn</source>
        <translation>Ändra namn</translation>
    </message>
    <message>
        <source>Ändra finansiär</source>
        <translation>Ändra finansiär</translation>
    </message>
    <message>
        <source>Ändra motpart</source>
        <translation>Ändra motpart</translation>
    </message>
    <message>
        <source>Ändra avtalsperiod</source>
        <translation>Ändra avtalsperiod</translation>
    </message>
    <message>
        <source>Ändra beslut</source>
        <translation>Ändra beslut</translation>
    </message>
    <message>
        <source>Ändra anteckningar</source>
        <translation>Ändra anteckningar</translation>
    </message>
    <message>
        <source>Ändra grundersättning</source>
        <translation>Ändra grundersättning</translation>
    </message>
    <message>
        <source>Ändra fastställd ersättning %1</source>
        <translation>Ändra fastställd ersättning %1</translation>
    </message>
    <message>
        <source>Ändra uppräkningssätt</source>
        <translation>Ändra uppräkningssätt</translation>
    </message>
    <message>
        <source>Ändra medfinansieringsgrad</source>
        <translation>Ändra medfinansieringsgrad</translation>
    </message>
    <message>
        <source>Ändra uppräkning %1</source>
        <translation>Ändra uppräkning %1</translation>
    </message>
    <message>
        <source>Ta bort åtagande för %1</source>
        <translation>Ta bort åtagande för %1</translation>
    </message>
    <message>
        <source>Ändra åtagande för %1</source>
        <translation>Ändra åtagande för %1</translation>
    </message>
    <message>
        <source>Lägg till åtagande</source>
        <translation>Lägg till åtagande</translation>
    </message>
    <message>
        <source>Åtagandet finns inte längre i avtalet.</source>
        <translation>Åtagandet finns inte längre i avtalet.</translation>
    </message>
    <message>
        <source>Byt namn på åtagande</source>
        <translation>Byt namn på åtagande</translation>
    </message>
    <message>
        <source>Ta bort åtagande</source>
        <translation>Ta bort åtagande</translation>
    </message>
    <message>
        <source>%1 ligger utanför avtalsperioden %2–%3.</source>
        <translation>%1 ligger utanför avtalsperioden %2–%3.</translation>
    </message>
    <message>
        <source>Följ upp åtagande %1</source>
        <translation>Följ upp åtagande %1</translation>
    </message>
    <message>
        <source>Motparten %1 är ingen länsdel och har därför inga medlemmar med åtaganden. Välj en länsdel som motpart för att lägga till åtaganden.</source>
        <translation>Motparten %1 är ingen länsdel och har därför inga medlemmar med åtaganden. Välj en länsdel som motpart för att lägga till åtaganden.</translation>
    </message>
    <message>
        <source>%1 har redan ett åtagande i avtalet. Ändra beloppet i tabellen i stället.</source>
        <translation>%1 har redan ett åtagande i avtalet. Ändra beloppet i tabellen i stället.</translation>
    </message>
    <message>
        <source>%1 är inte medlem i %2 under avtalsperioden %3–%4. Lägg till medlemskapet under Parter först.</source>
        <translation>%1 är inte medlem i %2 under avtalsperioden %3–%4. Lägg till medlemskapet under Parter först.</translation>
    </message>
    <message>
        <source>Lägg till åtagande för %1</source>
        <translation>Lägg till åtagande för %1</translation>
    </message>
    <message>
        <source>Ersättningen för %1 blir större än det högsta tillåtna beloppet %2. Kontrollera grundersättningen, de fastställda beloppen och uppräkningen.</source>
        <translation>Ersättningen för %1 blir större än det högsta tillåtna beloppet %2. Kontrollera grundersättningen, de fastställda beloppen och uppräkningen.</translation>
    </message>
    <message>
        <source>Namnet %1.</source>
        <translation>Namnet %1.</translation>
    </message>
    <message>
        <source>Beslutet %1.</source>
        <translation>Beslutet %1.</translation>
    </message>
    <message>
        <source>Anteckningarna %1.</source>
        <translation>Anteckningarna %1.</translation>
    </message>
    <message>
        <source>Åtagandet %1.</source>
        <translation>Åtagandet %1.</translation>
    </message>
</context>
<context>
    <name>fhb::app::AgreementYearModel</name>
    <message>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Uppräkning (PLK)</source>
        <translation>Uppräkning (PLK)</translation>
    </message>
    <message>
        <source>Fastställd ersättning</source>
        <translation>Fastställd ersättning</translation>
    </message>
    <message>
        <source>Ersättning</source>
        <translation>Ersättning</translation>
    </message>
    <message>
        <source>Krav</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Okänd</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>%1 (preliminär)</source>
        <translation>%1 (preliminär)</translation>
    </message>
    <message>
        <source>Preliminär: uppräkningen för %1 är inte beslutad, så föregående års belopp gäller tills vidare.</source>
        <translation>Preliminär: uppräkningen för %1 är inte beslutad, så föregående års belopp gäller tills vidare.</translation>
    </message>
</context>
<context>
    <name>fhb::app::AnnualReportPdf</name>
    <message>
        <source>Årsredovisning %1 – %2</source>
        <translation>Årsredovisning %1 – %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Årsredovisning av folkhälsoöverenskommelse för %1, period %2 – %3. Status: %4.</source>
        <translation>Årsredovisning av folkhälsoöverenskommelse för %1, period %2 – %3. Status: %4.</translation>
    </message>
    <message>
        <source> Version %1, SHA-256 %2.</source>
        <translation> Version %1, SHA-256 %2.</translation>
    </message>
    <message>
        <source>folkhälsa; årsredovisning; %1; %2</source>
        <translation>folkhälsa; årsredovisning; %1; %2</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte ritas: utskriften eller PDF-filen kunde inte påbörjas.</source>
        <translation>Årsredovisningen kunde inte ritas: utskriften eller PDF-filen kunde inte påbörjas.</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte ritas: en ny sida kunde inte påbörjas.</source>
        <translation>Årsredovisningen kunde inte ritas: en ny sida kunde inte påbörjas.</translation>
    </message>
    <message>
        <source>UTKAST</source>
        <translation>UTKAST</translation>
    </message>
    <message>
        <source>%1 · Årsredovisning %2 · %3</source>
        <translation>%1 · Årsredovisning %2 · %3</translation>
    </message>
    <message>
        <source>Sida %1 av %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>Version %1 · SHA-256 %2</source>
        <translation>Version %1 · SHA-256 %2</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>PDF-filen %1</source>
        <translation>PDF-filen %1</translation>
    </message>
</context>
<context>
    <name>fhb::app::AnnualReportPdfContent</name>
    <message>
        <source>Tre viktiga händelser</source>
        <translation>Tre viktiga händelser</translation>
    </message>
    <message>
        <source>Bland våra viktiga händelser för arbete med jämlik hälsa under %1 vill vi nämna följande:</source>
        <translation>Bland våra viktiga händelser för arbete med jämlik hälsa under %1 vill vi nämna följande:</translation>
    </message>
    <message>
        <source>Inga händelser har angetts.</source>
        <translation>Inga händelser har angetts.</translation>
    </message>
    <message>
        <source>Beskrivning av personalresurser för folkhälsoarbete</source>
        <translation>Beskrivning av personalresurser för folkhälsoarbete</translation>
    </message>
    <message>
        <source>Ingen beskrivning har angetts.</source>
        <translation>Ingen beskrivning har angetts.</translation>
    </message>
    <message>
        <source>Årsredovisning %1</source>
        <translation>Årsredovisning %1</translation>
    </message>
    <message>
        <source>Belopp i kronor</source>
        <translation>Belopp i kronor</translation>
    </message>
    <message>
        <source>Utgifter</source>
        <translation>Utgifter</translation>
    </message>
    <message>
        <source>Inga utgifter har angetts.</source>
        <translation>Inga utgifter har angetts.</translation>
    </message>
    <message>
        <source>Totalt utgifter</source>
        <translation>Totalt utgifter</translation>
    </message>
    <message>
        <source>Intäkter</source>
        <translation>Intäkter</translation>
    </message>
    <message>
        <source>Inga intäkter har angetts.</source>
        <translation>Inga intäkter har angetts.</translation>
    </message>
    <message>
        <source>Totalt intäkter</source>
        <translation>Totalt intäkter</translation>
    </message>
    <message>
        <source>Kommunens insats</source>
        <translation>Kommunens insats</translation>
    </message>
    <message>
        <source>%1 (forts.)</source>
        <translation>%1 (forts.)</translation>
    </message>
    <message>
        <source>Medfinansiering enligt överenskommelse</source>
        <translation>Medfinansiering enligt överenskommelse</translation>
    </message>
    <message>
        <source>Ingen överenskommelse med ersättning för %1 gäller %2, så ingen medfinansiering prövas.</source>
        <translation>Ingen överenskommelse med ersättning för %1 gäller %2, så ingen medfinansiering prövas.</translation>
    </message>
    <message>
        <source>Åtagande som medlem i %1 (%2)</source>
        <translation>Åtagande som medlem i %1 (%2)</translation>
    </message>
    <message>
        <source>%1, för %2 med medlemmar</source>
        <translation>%1, för %2 med medlemmar</translation>
    </message>
    <message>
        <source> (preliminär)</source>
        <translation> (preliminär)</translation>
    </message>
    <message>
        <source>Ersättning från regionen %1</source>
        <translation>Ersättning från regionen %1</translation>
    </message>
    <message>
        <source>Åtagande enligt överenskommelsen</source>
        <translation>Åtagande enligt överenskommelsen</translation>
    </message>
    <message>
        <source>Krav på egen insats (%1 av ersättningen)</source>
        <translation>Krav på egen insats (%1 av ersättningen)</translation>
    </message>
    <message>
        <source>Insats som räknas mot kravet</source>
        <translation>Insats som räknas mot kravet</translation>
    </message>
    <message>
        <source>Insats som räknas mot kravet (alla rapporter)</source>
        <translation>Insats som räknas mot kravet (alla rapporter)</translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>, medfinansieringsgrad %1</source>
        <translation>, medfinansieringsgrad %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>På uppdrag av: (ej angivet)</source>
        <translation>På uppdrag av: (ej angivet)</translation>
    </message>
    <message>
        <source>På uppdrag av %1</source>
        <translation>På uppdrag av %1</translation>
    </message>
    <message>
        <source>Upprättad av: (ej angivet)</source>
        <translation>Upprättad av: (ej angivet)</translation>
    </message>
</context>
<context>
    <name>fhb::app::ChangeParagraph</name>
    <message>
        <source>Ändra händelse</source>
        <translation>Ändra händelse</translation>
    </message>
    <message>
        <source>Ändra stycke om personalresurser</source>
        <translation>Ändra stycke om personalresurser</translation>
    </message>
</context>
<context>
    <name>fhb::app::ChangePeriod</name>
    <message>
        <source>Ändra period</source>
        <translation>Ändra period</translation>
    </message>
</context>
<context>
    <name>fhb::app::ChangeRevenueLine</name>
    <message>
        <source>Ändra intäktsrad</source>
        <translation>Ändra intäktsrad</translation>
    </message>
    <message>
        <source>Ändra belopp</source>
        <translation>Ändra belopp</translation>
    </message>
    <message>
        <source>Ändra slag</source>
        <translation>Ändra slag</translation>
    </message>
    <message>
        <source>Ändra källa</source>
        <translation>Ändra källa</translation>
    </message>
    <message>
        <source>Ändra anteckning</source>
        <translation>Ändra anteckning</translation>
    </message>
</context>
<context>
    <name>fhb::app::ChangeSignature</name>
    <message>
        <source>Ändra underskrift</source>
        <translation>Ändra underskrift</translation>
    </message>
</context>
<context>
    <name>fhb::app::CofundingBalanceModel</name>
    <message>
        <source>Rapporternas belopp är för stora för att räknas: databasen har ändrats utanför programmet.</source>
        <translation>Rapporternas belopp är för stora för att räknas: databasen har ändrats utanför programmet.</translation>
    </message>
    <message>
        <source>Avtal</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Ersättning</source>
        <translation>Ersättning</translation>
    </message>
    <message>
        <source>Krav</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Insats</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (åtagande)</source>
        <translation>%1 (åtagande)</translation>
    </message>
    <message>
        <source>%1 · preliminär</source>
        <translation>%1 · preliminär</translation>
    </message>
    <message>
        <source>Pris- och lönekompensationen för %1 är inte beslutad: ersättningen är förra årets och preliminär.</source>
        <translation>Pris- och lönekompensationen för %1 är inte beslutad: ersättningen är förra årets och preliminär.</translation>
    </message>
    <message>
        <source>Medlemsrad: kravet är kommunens åtagande i avtalet, inte en andel av ersättningen.</source>
        <translation>Medlemsrad: kravet är kommunens åtagande i avtalet, inte en andel av ersättningen.</translation>
    </message>
    <message>
        <source>Kommunens åtagande per år enligt avtalet</source>
        <translation>Kommunens åtagande per år enligt avtalet</translation>
    </message>
    <message>
        <source>Ersättningen × medfinansieringsgraden %1</source>
        <translation>Ersättningen × medfinansieringsgraden %1</translation>
    </message>
    <message>
        <source>Ingen årsredovisning för %1 finns ännu.</source>
        <translation>Ingen årsredovisning för %1 finns ännu.</translation>
    </message>
</context>
<context>
    <name>fhb::app::CommitmentModel</name>
    <message>
        <source>Kommun</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Åtagande per år</source>
        <translation>Åtagande per år</translation>
    </message>
    <message>
        <source>Motparten %1 är ingen länsdel och har därför inga medlemmar med åtaganden. Välj en länsdel som motpart för att lägga till åtaganden.</source>
        <translation>Motparten %1 är ingen länsdel och har därför inga medlemmar med åtaganden. Välj en länsdel som motpart för att lägga till åtaganden.</translation>
    </message>
    <message>
        <source>Alla medlemmar i %1 har redan ett åtagande i avtalet. Lägg till en ny medlem under Parter först, eller ändra beloppen i tabellen.</source>
        <translation>Alla medlemmar i %1 har redan ett åtagande i avtalet. Lägg till en ny medlem under Parter först, eller ändra beloppen i tabellen.</translation>
    </message>
    <message>
        <source>Bara %1 medlemmar saknar åtagande. Lägg till färre åt gången.</source>
        <translation>Bara %1 medlemmar saknar åtagande. Lägg till färre åt gången.</translation>
    </message>
</context>
<context>
    <name>fhb::app::CompensationScheduleModel</name>
    <message>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Uppräkning (PLK)</source>
        <translation>Uppräkning (PLK)</translation>
    </message>
    <message>
        <source>Ersättning</source>
        <translation>Ersättning</translation>
    </message>
    <message>
        <source>Krav</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Underlag</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Fastställd ersättning</source>
        <translation>Fastställd ersättning</translation>
    </message>
    <message>
        <source>Grundersättning</source>
        <translation>Grundersättning</translation>
    </message>
    <message>
        <source>Uppräknad med PLK, preliminär</source>
        <translation>Uppräknad med PLK, preliminär</translation>
    </message>
    <message>
        <source>Uppräknad med PLK</source>
        <translation>Uppräknad med PLK</translation>
    </message>
    <message>
        <source>Preliminär: ingen PLK beslutad</source>
        <translation>Preliminär: ingen PLK beslutad</translation>
    </message>
    <message>
        <source>Okänd</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>Preliminär: beräknad på ett år utan beslutad pris- och lönekompensation.</source>
        <translation>Preliminär: beräknad på ett år utan beslutad pris- och lönekompensation.</translation>
    </message>
    <message>
        <source>för stor</source>
        <translation>för stor</translation>
    </message>
    <message>
        <source>För stor: uppräkningen går över högsta tillåtna belopp</source>
        <translation>För stor: uppräkningen går över högsta tillåtna belopp</translation>
    </message>
</context>
<context>
    <name>fhb::app::ExpenseLineModel</name>
    <message>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Fotnot</source>
        <translation>Fotnot</translation>
    </message>
</context>
<context>
    <name>fhb::app::Generator</name>
    <message>
        <source>Region Syntetiska län</source>
        <translation>Region Syntetiska län</translation>
    </message>
    <message>
        <source>Länsdel</source>
        <translation>Länsdel</translation>
    </message>
    <message>
        <source>Medlemskommun</source>
        <translation>Medlemskommun</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Överenskommelse %1 %2–%3</source>
        <translation>Överenskommelse %1 %2–%3</translation>
    </message>
    <message>
        <source>Delta i befolkningsundersökningen Liv och hälsa ung</source>
        <translation>Delta i befolkningsundersökningen Liv och hälsa ung</translation>
    </message>
    <message>
        <source>Använda den gemensamma mallen för redovisning</source>
        <translation>Använda den gemensamma mallen för redovisning</translation>
    </message>
    <message>
        <source>Regionstyrelsen</source>
        <translation>Regionstyrelsen</translation>
    </message>
    <message>
        <source>RS § %1</source>
        <translation>RS § %1</translation>
    </message>
    <message>
        <source>Folkhälsoinsats %1</source>
        <translation>Folkhälsoinsats %1</translation>
    </message>
    <message>
        <source>Lönekostnader folkhälsostrateger</source>
        <translation>Lönekostnader folkhälsostrateger</translation>
    </message>
    <message>
        <source>Ersättning %1</source>
        <translation>Ersättning %1</translation>
    </message>
    <message>
        <source>Under %1 genomfördes %2.</source>
        <translation>Under %1 genomfördes %2.</translation>
    </message>
    <message>
        <source>Folkhälsoarbetet bemannas av %1 personer.</source>
        <translation>Folkhälsoarbetet bemannas av %1 personer.</translation>
    </message>
    <message>
        <source>kommundirektör</source>
        <translation>kommundirektör</translation>
    </message>
    <message>
        <source>folkhälsostrateg</source>
        <translation>folkhälsostrateg</translation>
    </message>
</context>
<context>
    <name>fhb::app::HistoryModel</name>
    <message>
        <source>Ny utgiftsrad</source>
        <translation>Ny utgiftsrad</translation>
    </message>
    <message>
        <source>Utgiftsrad borttagen</source>
        <translation>Utgiftsrad borttagen</translation>
    </message>
    <message>
        <source>Utgiftsrad flyttad</source>
        <translation>Utgiftsrad flyttad</translation>
    </message>
    <message>
        <source>Utgift</source>
        <translation>Utgift</translation>
    </message>
    <message>
        <source>Ny intäktsrad</source>
        <translation>Ny intäktsrad</translation>
    </message>
    <message>
        <source>Intäktsrad borttagen</source>
        <translation>Intäktsrad borttagen</translation>
    </message>
    <message>
        <source>Intäktsrad flyttad</source>
        <translation>Intäktsrad flyttad</translation>
    </message>
    <message>
        <source>Intäkt</source>
        <translation>Intäkt</translation>
    </message>
    <message>
        <source>Nytt stycke</source>
        <translation>Nytt stycke</translation>
    </message>
    <message>
        <source>Stycke borttaget</source>
        <translation>Stycke borttaget</translation>
    </message>
    <message>
        <source>Stycke flyttat</source>
        <translation>Stycke flyttat</translation>
    </message>
    <message>
        <source>Stycke</source>
        <translation>Stycke</translation>
    </message>
    <message>
        <source>Orsak till återöppning</source>
        <translation>Orsak till återöppning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Återöppnad</source>
        <translation>Återöppnad</translation>
    </message>
    <message>
        <source>Årsredovisningen skapad</source>
        <translation>Årsredovisningen skapad</translation>
    </message>
    <message>
        <source>Årsredovisningen borttagen</source>
        <translation>Årsredovisningen borttagen</translation>
    </message>
    <message>
        <source>Importerad</source>
        <translation>Importerad</translation>
    </message>
    <message>
        <source>Ersatt vid import</source>
        <translation>Ersatt vid import</translation>
    </message>
    <message>
        <source>När</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Vem</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Till</translation>
    </message>
</context>
<context>
    <name>fhb::app::LedgerPreviewModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Fel: %1</source>
        <translation>Fel: %1</translation>
    </message>
    <message>
        <source>Rad</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Fotnot</source>
        <translation>Fotnot</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>fhb::app::MoveExpenseLine</name>
    <message>
        <source>Flytta utgiftsrad</source>
        <translation>Flytta utgiftsrad</translation>
    </message>
</context>
<context>
    <name>fhb::app::MoveParagraph</name>
    <message>
        <source>Flytta händelse</source>
        <translation>Flytta händelse</translation>
    </message>
    <message>
        <source>Flytta stycke om personalresurser</source>
        <translation>Flytta stycke om personalresurser</translation>
    </message>
</context>
<context>
    <name>fhb::app::MoveRevenueLine</name>
    <message>
        <source>Flytta intäktsrad</source>
        <translation>Flytta intäktsrad</translation>
    </message>
</context>
<context>
    <name>fhb::app::NavigatorModel</name>
    <message>
        <source>Övriga parter</source>
        <translation>Övriga parter</translation>
    </message>
    <message>
        <source>Parter utan avtal med någon av finansiärerna</source>
        <translation>Parter utan avtal med någon av finansiärerna</translation>
    </message>
    <message>
        <source>Avtal %1</source>
        <translation>Avtal %1</translation>
    </message>
    <message>
        <source>Årsredovisning %1 — %2</source>
        <translation>Årsredovisning %1 — %2</translation>
    </message>
    <message>
        <source>%1, medlem i %2 %3</source>
        <translation>%1, medlem i %2 %3</translation>
    </message>
</context>
<context>
    <name>fhb::app::ObjectReader</name>
    <message>
        <source>ska vara ett objekt (fick %1)</source>
        <translation>ska vara ett objekt (fick %1)</translation>
    </message>
    <message>
        <source>okänt fält</source>
        <translation>okänt fält</translation>
    </message>
    <message>
        <source>fältet saknas</source>
        <translation>fältet saknas</translation>
    </message>
    <message>
        <source>ska vara en text (fick %1)</source>
        <translation>ska vara en text (fick %1)</translation>
    </message>
    <message>
        <source>får inte vara tomt</source>
        <translation>får inte vara tomt</translation>
    </message>
    <message>
        <source>ska vara ett heltal (fick %1)</source>
        <translation>ska vara ett heltal (fick %1)</translation>
    </message>
    <message>
        <source>är för stort: högst 9007199254740992 (2^53) är tillåtet</source>
        <translation>är för stort: högst 9007199254740992 (2^53) är tillåtet</translation>
    </message>
    <message>
        <source>får inte vara negativt (fick %1)</source>
        <translation>får inte vara negativt (fick %1)</translation>
    </message>
    <message>
        <source>ska ligga mellan %1 och %2 (fick %3)</source>
        <translation>ska ligga mellan %1 och %2 (fick %3)</translation>
    </message>
    <message>
        <source>ska vara en lista (fick %1)</source>
        <translation>ska vara en lista (fick %1)</translation>
    </message>
    <message>
        <source>ska vara ett datum ÅÅÅÅ-MM-DD eller "" (fick "%1")</source>
        <translation>ska vara ett datum ÅÅÅÅ-MM-DD eller "" (fick "%1")</translation>
    </message>
    <message>
        <source>okänt värde "%1"; tillåtna värden: %2</source>
        <translation>okänt värde "%1"; tillåtna värden: %2</translation>
    </message>
    <message>
        <source>ska vara ett år mellan %1 och %2 (fick %3)</source>
        <translation>ska vara ett år mellan %1 och %2 (fick %3)</translation>
    </message>
    <message>
        <source>ska vara ett datum mellan %1-01-01 och %2-12-31 (fick "%3")</source>
        <translation>ska vara ett datum mellan %1-01-01 och %2-12-31 (fick "%3")</translation>
    </message>
</context>
<context>
    <name>fhb::app::ObligationModel</name>
    <message>
        <source>Åtagande</source>
        <translation>Åtagande</translation>
    </message>
    <message>
        <source>Uppfyllt</source>
        <translation>Uppfyllt</translation>
    </message>
    <message>
        <source>Ej uppfyllt</source>
        <translation>Ej uppfyllt</translation>
    </message>
    <message>
        <source>Nytt åtagande</source>
        <translation>Nytt åtagande</translation>
    </message>
    <message>
        <source>Lägg till åtagande</source>
        <translation>Lägg till åtagande</translation>
    </message>
</context>
<context>
    <name>fhb::app::OverviewMatrixModel</name>
    <message>
        <source>Insats och saldo: beloppen är för stora för att visas; databasen har ändrats utanför programmet</source>
        <translation>Insats och saldo: beloppen är för stora för att visas; databasen har ändrats utanför programmet</translation>
    </message>
    <message>
        <source>%1: inget av de visade avtalen löper det året.</source>
        <translation>%1: inget av de visade avtalen löper det året.</translation>
    </message>
    <message>
        <source>%1: %2 av %3 avtal uppfyller kravet</source>
        <translation>%1: %2 av %3 avtal uppfyller kravet</translation>
    </message>
    <message>
        <source>%1 under kravet</source>
        <translation>%1 under kravet</translation>
    </message>
    <message>
        <source>%1 saknar rapport</source>
        <translation>%1 saknar rapport</translation>
    </message>
    <message>
        <source>Avtal</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Avtalen och, indragna under en länsdels avtal, medlemskommunernas åtaganden</source>
        <translation>Avtalen och, indragna under en länsdels avtal, medlemskommunernas åtaganden</translation>
    </message>
    <message>
        <source>%1 · preliminär: pris- och lönekompensationen är inte beslutad för alla avtal, så ersättningen och kravet kan ändras.</source>
        <translation>%1 · preliminär: pris- och lönekompensationen är inte beslutad för alla avtal, så ersättningen och kravet kan ändras.</translation>
    </message>
    <message>
        <source>Saldo %1: insats minus krav, i kronor</source>
        <translation>Saldo %1: insats minus krav, i kronor</translation>
    </message>
    <message>
        <source>Hela länet</source>
        <translation>Hela länet</translation>
    </message>
    <message>
        <source>Summa av visade avtal</source>
        <translation>Summa av visade avtal</translation>
    </message>
    <message>
        <source>Summan av avtalsraderna ovan per år; medlemsraderna räknas inte två gånger.</source>
        <translation>Summan av avtalsraderna ovan per år; medlemsraderna räknas inte två gånger.</translation>
    </message>
    <message>
        <source>%1, medlem i %2</source>
        <translation>%1, medlem i %2</translation>
    </message>
    <message>
        <source>%1: kommunens åtagande i avtalet %2</source>
        <translation>%1: kommunens åtagande i avtalet %2</translation>
    </message>
    <message>
        <source>%1 %2: avtalet löper inte det året.</source>
        <translation>%1 %2: avtalet löper inte det året.</translation>
    </message>
    <message>
        <source>%1 %2: saldo %3, %4</source>
        <translation>%1 %2: saldo %3, %4</translation>
    </message>
    <message>
        <source>Summa %1: saldo %2. %3</source>
        <translation>Summa %1: saldo %2. %3</translation>
    </message>
    <message>
        <source>%1 i %2 · %3</source>
        <translation>%1 i %2 · %3</translation>
    </message>
    <message>
        <source>Ersättning: %1 (preliminär)</source>
        <translation>Ersättning: %1 (preliminär)</translation>
    </message>
    <message>
        <source>Ersättning: %1</source>
        <translation>Ersättning: %1</translation>
    </message>
    <message>
        <source>Krav (kommunens åtagande): %1</source>
        <translation>Krav (kommunens åtagande): %1</translation>
    </message>
    <message>
        <source>Medfinansieringsgrad: krav %1, uppnått %2</source>
        <translation>Medfinansieringsgrad: krav %1, uppnått %2</translation>
    </message>
    <message>
        <source>Krav: %1</source>
        <translation>Krav: %1</translation>
    </message>
    <message>
        <source>Insats: ingen rapport</source>
        <translation>Insats: ingen rapport</translation>
    </message>
    <message>
        <source>Insats: %1</source>
        <translation>Insats: %1</translation>
    </message>
    <message>
        <source>Saldo: %1</source>
        <translation>Saldo: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Rapport: saknas</source>
        <translation>Rapport: saknas</translation>
    </message>
    <message>
        <source>Rapport: %1</source>
        <translation>Rapport: %1</translation>
    </message>
    <message>
        <source>Rapporter (%1): %2</source>
        <translation>Rapporter (%1): %2</translation>
    </message>
    <message>
        <source>Summa av visade avtal · %1</source>
        <translation>Summa av visade avtal · %1</translation>
    </message>
    <message>
        <source>Ersättning: %1 (delvis preliminär)</source>
        <translation>Ersättning: %1 (delvis preliminär)</translation>
    </message>
</context>
<context>
    <name>fhb::app::ParagraphListModel</name>
    <message>
        <source>Tre viktiga händelser</source>
        <translation>Tre viktiga händelser</translation>
    </message>
    <message>
        <source>Personalresurser</source>
        <translation>Personalresurser</translation>
    </message>
</context>
<context>
    <name>fhb::app::PartyRegister</name>
    <message>
        <source>Välj en part i listan först.</source>
        <translation>Välj en part i listan först.</translation>
    </message>
    <message>
        <source>Välj en länsdel i listan först.</source>
        <translation>Välj en länsdel i listan först.</translation>
    </message>
    <message>
        <source>1 årsredovisning</source>
        <translation>1 årsredovisning</translation>
    </message>
    <message>
        <source>%1 årsredovisningar</source>
        <translation>%1 årsredovisningar</translation>
    </message>
    <message>
        <source>1 avtal</source>
        <translation>1 avtal</translation>
    </message>
    <message>
        <source>%1 avtal</source>
        <translation>%1 avtal</translation>
    </message>
    <message>
        <source>1 åtagande</source>
        <translation>1 åtagande</translation>
    </message>
    <message>
        <source>%1 åtaganden</source>
        <translation>%1 åtaganden</translation>
    </message>
    <message>
        <source>medlem i %1</source>
        <translation>medlem i %1</translation>
    </message>
    <message>
        <source>Används: %1</source>
        <translation>Används: %1</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Slag</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Medlemmar</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <source>Årsredovisningar</source>
        <translation>Årsredovisningar</translation>
    </message>
    <message>
        <source>Avtal</source>
        <translation>Avtal</translation>
    </message>
    <message>
        <source>Åren %1–%2 går inte: ett medlemskap måste ligga mellan 1900 och 2200.</source>
        <translation>Åren %1–%2 går inte: ett medlemskap måste ligga mellan 1900 och 2200.</translation>
    </message>
    <message>
        <source>Det första året (%1) kommer efter det sista (%2). Ändra åren så att det första är före eller lika med det sista.</source>
        <translation>Det första året (%1) kommer efter det sista (%2). Ändra åren så att det första är före eller lika med det sista.</translation>
    </message>
    <message>
        <source>%1 är inte en kommun. Bara kommuner kan vara medlemmar i en länsdel.</source>
        <translation>%1 är inte en kommun. Bara kommuner kan vara medlemmar i en länsdel.</translation>
    </message>
    <message>
        <source>%1 är redan medlem i %2 %3–%4. Välj år som inte överlappar, eller ändra det befintliga medlemskapet.</source>
        <translation>%1 är redan medlem i %2 %3–%4. Välj år som inte överlappar, eller ändra det befintliga medlemskapet.</translation>
    </message>
    <message>
        <source>Välj ett medlemskap i listan först.</source>
        <translation>Välj ett medlemskap i listan först.</translation>
    </message>
    <message>
        <source>Namnet %1.</source>
        <translation>Namnet %1.</translation>
    </message>
    <message>
        <source>Namnet liknar den befintliga parten '%1' och går inte att skilja från den. Använd den parten eller välj ett namn som skiljer sig tydligt.</source>
        <translation>Namnet liknar den befintliga parten '%1' och går inte att skilja från den. Använd den parten eller välj ett namn som skiljer sig tydligt.</translation>
    </message>
    <message>
        <source>%1 är redan medlem i %2 %3–%4. En kommun kan bara höra till en länsdel åt gången; välj år som inte överlappar.</source>
        <translation>%1 är redan medlem i %2 %3–%4. En kommun kan bara höra till en länsdel åt gången; välj år som inte överlappar.</translation>
    </message>
</context>
<context>
    <name>fhb::app::ReportDocument</name>
    <message>
        <source>Årsredovisningen är godkänd och därför låst: varken den eller dess rader kan ändras. Be en controller att öppna den igen (med en orsak) om något måste rättas.</source>
        <translation>Årsredovisningen är godkänd och därför låst: varken den eller dess rader kan ändras. Be en controller att öppna den igen (med en orsak) om något måste rättas.</translation>
    </message>
    <message>
        <source>Någon annan har ändrat årsredovisningen sedan du öppnade den. Läs in den igen innan du fortsätter att ändra.</source>
        <translation>Någon annan har ändrat årsredovisningen sedan du öppnade den. Läs in den igen innan du fortsätter att ändra.</translation>
    </message>
    <message>
        <source>Raden kan inte läggas till där: den platsen finns inte.</source>
        <translation>Raden kan inte läggas till där: den platsen finns inte.</translation>
    </message>
    <message>
        <source>Raden finns inte längre i årsredovisningen.</source>
        <translation>Raden finns inte längre i årsredovisningen.</translation>
    </message>
    <message>
        <source>Raden kan inte flyttas dit: den platsen finns inte.</source>
        <translation>Raden kan inte flyttas dit: den platsen finns inte.</translation>
    </message>
    <message>
        <source>Stycket kan inte läggas till där: den platsen finns inte.</source>
        <translation>Stycket kan inte läggas till där: den platsen finns inte.</translation>
    </message>
    <message>
        <source>Stycket finns inte längre i årsredovisningen.</source>
        <translation>Stycket finns inte längre i årsredovisningen.</translation>
    </message>
    <message>
        <source>Stycket kan inte flyttas dit: den platsen finns inte.</source>
        <translation>Stycket kan inte flyttas dit: den platsen finns inte.</translation>
    </message>
    <message>
        <source>Någon annan har ändrat årsredovisningen sedan du öppnade den. Läs in den igen och försök sedan på nytt.</source>
        <translation>Någon annan har ändrat årsredovisningen sedan du öppnade den. Läs in den igen och försök sedan på nytt.</translation>
    </message>
    <message>
        <source>Årsredovisningen kan inte skickas in än:
%1
Rätta detta och försök igen.</source>
        <translation>Årsredovisningen kan inte skickas in än:
%1
Rätta detta och försök igen.</translation>
    </message>
    <message>
        <source>Årsredovisningen kan inte godkännas: %1</source>
        <translation>Årsredovisningen kan inte godkännas: %1</translation>
    </message>
    <message>
        <source>Skriv varför årsredovisningen öppnas igen. Orsaken sparas i ändringsloggen.</source>
        <translation>Skriv varför årsredovisningen öppnas igen. Orsaken sparas i ändringsloggen.</translation>
    </message>
    <message>
        <source>Det finns inga rader att importera.</source>
        <translation>Det finns inga rader att importera.</translation>
    </message>
    <message>
        <source>Beloppet för %1 är negativt; en utgift är noll eller mer.</source>
        <translation>Beloppet för %1 är negativt; en utgift är noll eller mer.</translation>
    </message>
    <message>
        <source>Kategorin %1.</source>
        <translation>Kategorin %1.</translation>
    </message>
    <message>
        <source>Fotnoten %1.</source>
        <translation>Fotnoten %1.</translation>
    </message>
    <message>
        <source>Beloppet är för stort: en rad får vara högst %1.</source>
        <translation>Beloppet är för stort: en rad får vara högst %1.</translation>
    </message>
    <message>
        <source>Summan av utgifterna blir större än det högsta tillåtna beloppet %1.</source>
        <translation>Summan av utgifterna blir större än det högsta tillåtna beloppet %1.</translation>
    </message>
    <message>
        <source>Årsredovisningen har redan %1 rader och stycken, det högsta som tillåts.</source>
        <translation>Årsredovisningen har redan %1 rader och stycken, det högsta som tillåts.</translation>
    </message>
    <message>
        <source>Källan %1.</source>
        <translation>Källan %1.</translation>
    </message>
    <message>
        <source>Noten %1.</source>
        <translation>Noten %1.</translation>
    </message>
    <message>
        <source>Summan av intäkterna blir större än det högsta tillåtna beloppet %1.</source>
        <translation>Summan av intäkterna blir större än det högsta tillåtna beloppet %1.</translation>
    </message>
    <message>
        <source>Stycket %1.</source>
        <translation>Stycket %1.</translation>
    </message>
    <message>
        <source>Underskriften %1.</source>
        <translation>Underskriften %1.</translation>
    </message>
</context>
<context>
    <name>fhb::app::ReportFileImportPlan</name>
    <message>
        <source>filen kunde inte läsas: %1</source>
        <translation>filen kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>filen kunde inte läsas: den är större än 64 MB och är ingen rapportfil</source>
        <translation>filen kunde inte läsas: den är större än 64 MB och är ingen rapportfil</translation>
    </message>
    <message>
        <source>filen innehåller ingen årsredovisning</source>
        <translation>filen innehåller ingen årsredovisning</translation>
    </message>
    <message>
        <source>samma rapport finns redan i %1</source>
        <translation>samma rapport finns redan i %1</translation>
    </message>
    <message>
        <source>godkänd rapport ersätts aldrig</source>
        <translation>godkänd rapport ersätts aldrig</translation>
    </message>
    <message>
        <source>Filer: %1 · rapporter: %2 · läggs till: %3 · kan ersätta en befintlig: %4 · oförändrade: %5 · avvisas: %6</source>
        <translation>Filer: %1 · rapporter: %2 · läggs till: %3 · kan ersätta en befintlig: %4 · oförändrade: %5 · avvisas: %6</translation>
    </message>
    <message>
        <source>1 rapport importerad</source>
        <translation>1 rapport importerad</translation>
    </message>
    <message>
        <source>%1 rapporter importerade</source>
        <translation>%1 rapporter importerade</translation>
    </message>
    <message>
        <source>1 ersatt</source>
        <translation>1 ersatt</translation>
    </message>
    <message>
        <source>%1 ersatta</source>
        <translation>%1 ersatta</translation>
    </message>
    <message>
        <source>1 avvisad</source>
        <translation>1 avvisad</translation>
    </message>
    <message>
        <source>%1 avvisade</source>
        <translation>%1 avvisade</translation>
    </message>
    <message>
        <source>1 inte ersatt</source>
        <translation>1 inte ersatt</translation>
    </message>
    <message>
        <source>%1 inte ersatta</source>
        <translation>%1 inte ersatta</translation>
    </message>
    <message>
        <source>1 oförändrad</source>
        <translation>1 oförändrad</translation>
    </message>
    <message>
        <source>%1 oförändrade</source>
        <translation>%1 oförändrade</translation>
    </message>
    <message>
        <source>Läggs till</source>
        <translation>Läggs till</translation>
    </message>
    <message>
        <source>Ersätts inte: kryssa i för att ersätta den befintliga rapporten</source>
        <translation>Ersätts inte: kryssa i för att ersätta den befintliga rapporten</translation>
    </message>
    <message>
        <source>Ersätter inskickad rapport</source>
        <translation>Ersätter inskickad rapport</translation>
    </message>
    <message>
        <source>Ersätter utkast</source>
        <translation>Ersätter utkast</translation>
    </message>
    <message>
        <source>Oförändrad: samma rapport finns redan</source>
        <translation>Oförändrad: samma rapport finns redan</translation>
    </message>
    <message>
        <source>Avvisas: %1</source>
        <translation>Avvisas: %1</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Status i filen</source>
        <translation>Status i filen</translation>
    </message>
    <message>
        <source>Vad händer</source>
        <translation>Vad händer</translation>
    </message>
    <message>
        <source>Läggs till, kommer in som inskickad (bara en controller godkänner)</source>
        <translation>Läggs till, kommer in som inskickad (bara en controller godkänner)</translation>
    </message>
    <message>
        <source>Ersätter rapporten, kommer in som inskickad (bara en controller godkänner)</source>
        <translation>Ersätter rapporten, kommer in som inskickad (bara en controller godkänner)</translation>
    </message>
</context>
<context>
    <name>fhb::app::RevenueLineModel</name>
    <message>
        <source>Källa</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Slag</source>
        <translation>Slag</translation>
    </message>
    <message>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Slaget ”%1” finns inte. Välj %2 eller %3.</source>
        <translation>Slaget ”%1” finns inte. Välj %2 eller %3.</translation>
    </message>
</context>
<context>
    <name>fhb::app::Scanner</name>
    <message>
        <source>fältet finns två gånger</source>
        <translation>fältet finns två gånger</translation>
    </message>
    <message>
        <source>en text innehåller ett styrtecken (%1) som inte är skrivet som \u-escape</source>
        <translation>en text innehåller ett styrtecken (%1) som inte är skrivet som \u-escape</translation>
    </message>
    <message>
        <source>är för stort: högst 9007199254740992 (2^53) är tillåtet, skrivet som ett heltal (fick %1)</source>
        <translation>är för stort: högst 9007199254740992 (2^53) är tillåtet, skrivet som ett heltal (fick %1)</translation>
    </message>
</context>
<context>
    <name>fhb::app::SyntheticCounty</name>
    <message>
        <source>Antalet parter ska vara mellan 1 och 2000 (fick %1).</source>
        <translation>Antalet parter ska vara mellan 1 och 2000 (fick %1).</translation>
    </message>
    <message>
        <source>Antalet år ska vara mellan 1 och 50 (fick %1).</source>
        <translation>Antalet år ska vara mellan 1 och 50 (fick %1).</translation>
    </message>
    <message>
        <source>Antalet utgiftsrader ska vara mellan 1 och 500 (fick %1).</source>
        <translation>Antalet utgiftsrader ska vara mellan 1 och 500 (fick %1).</translation>
    </message>
</context>
<context>
    <name>fhb::checks</name>
    <message>
        <source>Utgiftsrad %1 (%2) har ett negativt belopp.</source>
        <translation>Utgiftsrad %1 (%2) har ett negativt belopp.</translation>
    </message>
    <message>
        <source>Intäktsrad %1 (%2) har ett negativt belopp.</source>
        <translation>Intäktsrad %1 (%2) har ett negativt belopp.</translation>
    </message>
    <message>
        <source>Summan av raderna är för stor för att räknas säkert.</source>
        <translation>Summan av raderna är för stor för att räknas säkert.</translation>
    </message>
    <message>
        <source>Rapporten har ingen utgiftsrad. Lägg till minst en utgift innan den skickas in.</source>
        <translation>Rapporten har ingen utgiftsrad. Lägg till minst en utgift innan den skickas in.</translation>
    </message>
    <message>
        <source>Rapportens period saknar start- eller slutdatum.</source>
        <translation>Rapportens period saknar start- eller slutdatum.</translation>
    </message>
    <message>
        <source>Perioden börjar (%1) efter att den slutar (%2).</source>
        <translation>Perioden börjar (%1) efter att den slutar (%2).</translation>
    </message>
    <message>
        <source>Perioden %1 – %2 ligger inte inom år %3.</source>
        <translation>Perioden %1 – %2 ligger inte inom år %3.</translation>
    </message>
    <message>
        <source>Underskrift saknas: ange både "På uppdrag av" och vem som har upprättat rapporten.</source>
        <translation>Underskrift saknas: ange både "På uppdrag av" och vem som har upprättat rapporten.</translation>
    </message>
    <message>
        <source>Färre än tre viktiga händelser (%1 angivna).</source>
        <translation>Färre än tre viktiga händelser (%1 angivna).</translation>
    </message>
    <message>
        <source>Redovisad ersättning från regionen (%1) skiljer sig från avtalets ersättning för %2 (%3)%4.</source>
        <translation>Redovisad ersättning från regionen (%1) skiljer sig från avtalets ersättning för %2 (%3)%4.</translation>
    </message>
    <message>
        <source>, preliminär</source>
        <translation>, preliminär</translation>
    </message>
    <message>
        <source>%1 saknar årsredovisning för %2 (avtal %3).</source>
        <translation>%1 saknar årsredovisning för %2 (avtal %3).</translation>
    </message>
    <message>
        <source>%1 %2: insatsen %3 når inte kravet %4; det fattas %5.</source>
        <translation>%1 %2: insatsen %3 når inte kravet %4; det fattas %5.</translation>
    </message>
    <message>
        <source>Åtagandet "%1" är inte markerat som uppfyllt för %2 (avtal %3).</source>
        <translation>Åtagandet "%1" är inte markerat som uppfyllt för %2 (avtal %3).</translation>
    </message>
    <message>
        <source>%1 %2: beloppen är för stora för att räknas (högst %3 per rapport); saldot kan inte visas. Kontrollera rapporternas rader.</source>
        <translation>%1 %2: beloppen är för stora för att räknas (högst %3 per rapport); saldot kan inte visas. Kontrollera rapporternas rader.</translation>
    </message>
</context>
<context>
    <name>fhb::cli</name>
    <message>
        <source>(preliminär)</source>
        <translation>(preliminär)</translation>
    </message>
    <message>
        <source>(medlem)</source>
        <translation>(medlem)</translation>
    </message>
    <message>
        <source>Parter: %1 nya, %2 fanns redan. Överenskommelser: %3 nya, %4 fanns redan, %5 ersatta. Rapporter: %6 nya, %7 ersatta.</source>
        <translation>Parter: %1 nya, %2 fanns redan. Överenskommelser: %3 nya, %4 fanns redan, %5 ersatta. Rapporter: %6 nya, %7 ersatta.</translation>
    </message>
    <message>
        <source>Skrev %1 (%2, med vattenstämpeln UTKAST).</source>
        <translation>Skrev %1 (%2, med vattenstämpeln UTKAST).</translation>
    </message>
    <message>
        <source>Skrev %1 (godkänd, version %2, SHA-256 %3).</source>
        <translation>Skrev %1 (godkänd, version %2, SHA-256 %3).</translation>
    </message>
    <message>
        <source>Det finns ingen årsredovisning</source>
        <translation>Det finns ingen årsredovisning</translation>
    </message>
    <message>
        <source>Mappen</source>
        <translation>Mappen</translation>
    </message>
    <message>
        <source>Skrev %1.</source>
        <translation>Skrev %1.</translation>
    </message>
    <message>
        <source>%1 årsredovisningar för %2 skrevs till %3%4.</source>
        <translation>%1 årsredovisningar för %2 skrevs till %3%4.</translation>
    </message>
    <message>
        <source>; %1 som inte är godkända hoppades över</source>
        <translation>; %1 som inte är godkända hoppades över</translation>
    </message>
    <message>
        <source>report-pdf behöver antingen --party NAMN --year ÅR -o FIL.pdf (en rapport) eller --year ÅR --all -o MAPP (alla rapporter för året).</source>
        <translation>report-pdf behöver antingen --party NAMN --year ÅR -o FIL.pdf (en rapport) eller --year ÅR --all -o MAPP (alla rapporter för året).</translation>
    </message>
    <message>
        <source>--approved-only gäller bara tillsammans med --all.</source>
        <translation>--approved-only gäller bara tillsammans med --all.</translation>
    </message>
    <message>
        <source>; 1 som inte är godkänd hoppades över</source>
        <translation>; 1 som inte är godkänd hoppades över</translation>
    </message>
    <message>
        <source>1 årsredovisning för %1 skrevs till %2%3.</source>
        <translation>1 årsredovisning för %1 skrevs till %2%3.</translation>
    </message>
    <message>
        <source>Varning: %1 är ingen vanlig fil (en symbolisk länk, en mapp eller en enhet) och skrevs inte över; rapporten fick ett annat namn.</source>
        <translation>Varning: %1 är ingen vanlig fil (en symbolisk länk, en mapp eller en enhet) och skrevs inte över; rapporten fick ett annat namn.</translation>
    </message>
    <message>
        <source>Fel (%1): %2</source>
        <translation>Fel (%1): %2</translation>
    </message>
    <message>
        <source>1 årsredovisning kunde inte skrivas.</source>
        <translation>1 årsredovisning kunde inte skrivas.</translation>
    </message>
    <message>
        <source>%1 årsredovisningar kunde inte skrivas.</source>
        <translation>%1 årsredovisningar kunde inte skrivas.</translation>
    </message>
</context>
<context>
    <name>fhb::cli::BalanceOutput</name>
    <message>
        <source>Inga rader: det finns inga kända år som matchar urvalet.</source>
        <translation>Inga rader: det finns inga kända år som matchar urvalet.</translation>
    </message>
    <message>
        <source>Överenskommelse</source>
        <translation>Överenskommelse</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Ersättning (kr)</source>
        <translation>Ersättning (kr)</translation>
    </message>
    <message>
        <source>Krav (kr)</source>
        <translation>Krav (kr)</translation>
    </message>
    <message>
        <source>Insats (kr)</source>
        <translation>Insats (kr)</translation>
    </message>
    <message>
        <source>Saldo (kr)</source>
        <translation>Saldo (kr)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Motpart</source>
        <translation>Motpart</translation>
    </message>
    <message>
        <source>Ersättning</source>
        <translation>Ersättning</translation>
    </message>
    <message>
        <source>Krav</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Insats</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Preliminär</source>
        <translation>Preliminär</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>fhb::cli::CommandLine</name>
    <message>
        <source>databasfilen</source>
        <translation>databasfilen</translation>
    </message>
    <message>
        <source>FIL</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>läs in demodata</source>
        <translation>läs in demodata</translation>
    </message>
    <message>
        <source>ersätt befintligt</source>
        <translation>ersätt befintligt</translation>
    </message>
    <message>
        <source>part</source>
        <translation>part</translation>
    </message>
    <message>
        <source>NAMN</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>år</source>
        <translation>år</translation>
    </message>
    <message>
        <source>ÅR</source>
        <translation>ÅR</translation>
    </message>
    <message>
        <source>överenskommelse</source>
        <translation>överenskommelse</translation>
    </message>
    <message>
        <source>utdataformat</source>
        <translation>utdataformat</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>utdatafil</source>
        <translation>utdatafil</translation>
    </message>
    <message>
        <source>slutkod 1 vid underskott</source>
        <translation>slutkod 1 vid underskott</translation>
    </message>
    <message>
        <source>antal motparter</source>
        <translation>antal motparter</translation>
    </message>
    <message>
        <source>antal år</source>
        <translation>antal år</translation>
    </message>
    <message>
        <source>antal utgiftsrader</source>
        <translation>antal utgiftsrader</translation>
    </message>
    <message>
        <source>slumpfrö</source>
        <translation>slumpfrö</translation>
    </message>
    <message>
        <source>alla rapporter för året</source>
        <translation>alla rapporter för året</translation>
    </message>
    <message>
        <source>bara godkända rapporter</source>
        <translation>bara godkända rapporter</translation>
    </message>
    <message>
        <source>visa hjälpen</source>
        <translation>visa hjälpen</translation>
    </message>
    <message>
        <source>visa versionen</source>
        <translation>visa versionen</translation>
    </message>
    <message>
        <source>Okänd flagga: %1. Kör folkhalsobok-cli --help för en lista över flaggor.</source>
        <translation>Okänd flagga: %1. Kör folkhalsobok-cli --help för en lista över flaggor.</translation>
    </message>
    <message>
        <source>Flaggan %1 behöver ett värde.</source>
        <translation>Flaggan %1 behöver ett värde.</translation>
    </message>
    <message>
        <source>Flaggan %1 tar inget värde.</source>
        <translation>Flaggan %1 tar inget värde.</translation>
    </message>
    <message>
        <source>Kommandoraden kunde inte tolkas (%1).</source>
        <translation>Kommandoraden kunde inte tolkas (%1).</translation>
    </message>
    <message>
        <source>Inget kommando angivet. Kör folkhalsobok-cli --help för en lista över kommandon.</source>
        <translation>Inget kommando angivet. Kör folkhalsobok-cli --help för en lista över kommandon.</translation>
    </message>
    <message>
        <source>Okänt kommando "%1". Kör folkhalsobok-cli --help för en lista över kommandon.</source>
        <translation>Okänt kommando "%1". Kör folkhalsobok-cli --help för en lista över kommandon.</translation>
    </message>
    <message>
        <source>Flaggan --%1 hör inte till kommandot %2. Användning: folkhalsobok-cli --db FIL %3</source>
        <translation>Flaggan --%1 hör inte till kommandot %2. Användning: folkhalsobok-cli --db FIL %3</translation>
    </message>
    <message>
        <source>Kommandot %1 tar %2 argument men fick %3. Användning: folkhalsobok-cli --db FIL %4</source>
        <translation>Kommandot %1 tar %2 argument men fick %3. Användning: folkhalsobok-cli --db FIL %4</translation>
    </message>
    <message>
        <source>Ange databasfilen med --db FIL.</source>
        <translation>Ange databasfilen med --db FIL.</translation>
    </message>
    <message>
        <source>--%1 ska vara ett heltal mellan %2 och %3 (fick "%4").</source>
        <translation>--%1 ska vara ett heltal mellan %2 och %3 (fick "%4").</translation>
    </message>
    <message>
        <source>Användning: folkhalsobok-cli --db FIL KOMMANDO [ARGUMENT] [FLAGGOR]

Folkhälsobok på kommandoraden: bokföring av folkhälsoöverenskommelser.

Kommandon:
</source>
        <translation>Användning: folkhalsobok-cli --db FIL KOMMANDO [ARGUMENT] [FLAGGOR]

Folkhälsobok på kommandoraden: bokföring av folkhälsoöverenskommelser.

Kommandon:
</translation>
    </message>
    <message>
        <source>kontrollera utan att skriva</source>
        <translation>kontrollera utan att skriva</translation>
    </message>
    <message>
        <source>teckenkodning</source>
        <translation>teckenkodning</translation>
    </message>
    <message>
        <source>avgränsare</source>
        <translation>avgränsare</translation>
    </message>
    <message>
        <source>första raden är en rubrikrad</source>
        <translation>första raden är en rubrikrad</translation>
    </message>
    <message>
        <source>filen har ingen rubrikrad</source>
        <translation>filen har ingen rubrikrad</translation>
    </message>
    <message>
        <source>
Flaggor för alla kommandon:
  --db FIL      databasfilen (krävs)
  -h, --help    visar den här hjälpen
  --version     visar versionen

Slutkoder: 0 klart; 1 kommandot hittade ett problem det ombads leta efter (balance --strict, check); 2 fel i kommandoraden eller indata; 3 databasfel (kan inte öppnas, skadad, låst, skrivskyddad, nyare schema).

Exempel:
  folkhalsobok-cli --db demo.db init --demo
  folkhalsobok-cli --db demo.db balance --year 2023
  folkhalsobok-cli --db demo.db balance --format csv -o saldo.csv
  folkhalsobok-cli --db demo.db import-csv --party "Örebro kommun" --year 2024 huvudbok.csv --dry-run
  folkhalsobok-cli --db demo.db export - --party "Örebro kommun" --year 2023
  folkhalsobok-cli --db demo.db report-pdf --party "Örebro kommun" --year 2023 -o orebro-2023.pdf
</source>
        <translation>
Flaggor för alla kommandon:
  --db FIL      databasfilen (krävs)
  -h, --help    visar den här hjälpen
  --version     visar versionen

Slutkoder: 0 klart; 1 kommandot hittade ett problem det ombads leta efter (balance --strict, check); 2 fel i kommandoraden eller indata; 3 databasfel (kan inte öppnas, skadad, låst, skrivskyddad, nyare schema).

Exempel:
  folkhalsobok-cli --db demo.db init --demo
  folkhalsobok-cli --db demo.db balance --year 2023
  folkhalsobok-cli --db demo.db balance --format csv -o saldo.csv
  folkhalsobok-cli --db demo.db import-csv --party "Örebro kommun" --year 2024 huvudbok.csv --dry-run
  folkhalsobok-cli --db demo.db export - --party "Örebro kommun" --year 2023
  folkhalsobok-cli --db demo.db report-pdf --party "Örebro kommun" --year 2023 -o orebro-2023.pdf
</translation>
    </message>
</context>
<context>
    <name>fhb::cli::Commands</name>
    <message>
        <source>Okänt kommando "%1".</source>
        <translation>Okänt kommando "%1".</translation>
    </message>
    <message>
        <source>Filen %1 finns redan. Ange ett nytt filnamn: en befintlig databas skrivs aldrig över.</source>
        <translation>Filen %1 finns redan. Ange ett nytt filnamn: en befintlig databas skrivs aldrig över.</translation>
    </message>
    <message>
        <source>Skapade %1 med demodata: Region Örebro län, länets tolv kommuner och länsdelar, överenskommelserna för Sydnärke 2024–2029 och Örebro kommun 2018–2023 samt Örebro kommuns årsredovisning 2023.</source>
        <translation>Skapade %1 med demodata: Region Örebro län, länets tolv kommuner och länsdelar, överenskommelserna för Sydnärke 2024–2029 och Örebro kommun 2018–2023 samt Örebro kommuns årsredovisning 2023.</translation>
    </message>
    <message>
        <source>Skapade en tom databas: %1</source>
        <translation>Skapade en tom databas: %1</translation>
    </message>
    <message>
        <source>Filen %1 går inte att läsa. Kontrollera att du har behörighet till den.</source>
        <translation>Filen %1 går inte att läsa. Kontrollera att du har behörighet till den.</translation>
    </message>
    <message>
        <source>Filen %1 finns inte. Kontrollera namnet och mappen.</source>
        <translation>Filen %1 finns inte. Kontrollera namnet och mappen.</translation>
    </message>
    <message>
        <source>%1 kan inte importeras: %2. Ingenting har ändrats.</source>
        <translation>%1 kan inte importeras: %2. Ingenting har ändrats.</translation>
    </message>
    <message>
        <source>Importerade %1.</source>
        <translation>Importerade %1.</translation>
    </message>
    <message>
        <source>Varning: %1</source>
        <translation>Varning: %1</translation>
    </message>
    <message>
        <source>Parten "%1" finns inte i databasen.</source>
        <translation>Parten "%1" finns inte i databasen.</translation>
    </message>
    <message>
        <source>Exporterade %1 parter, %2 överenskommelser och %3 rapporter till %4.</source>
        <translation>Exporterade %1 parter, %2 överenskommelser och %3 rapporter till %4.</translation>
    </message>
    <message>
        <source>Överenskommelsen "%1" finns inte i databasen.</source>
        <translation>Överenskommelsen "%1" finns inte i databasen.</translation>
    </message>
    <message>
        <source>%1 av %2 rader uppfyller inte kravet på medfinansiering.</source>
        <translation>%1 av %2 rader uppfyller inte kravet på medfinansiering.</translation>
    </message>
    <message>
        <source>Kontrollen är klar: %1 fel, %2 varningar, %3 upplysningar.</source>
        <translation>Kontrollen är klar: %1 fel, %2 varningar, %3 upplysningar.</translation>
    </message>
    <message>
        <source>Filen %1 finns redan. Ange ett nytt filnamn för säkerhetskopian.</source>
        <translation>Filen %1 finns redan. Ange ett nytt filnamn för säkerhetskopian.</translation>
    </message>
    <message>
        <source>Säkerhetskopian är skriven till %1.</source>
        <translation>Säkerhetskopian är skriven till %1.</translation>
    </message>
    <message>
        <source>generate behöver --parties N, --years Å och --lines R.</source>
        <translation>generate behöver --parties N, --years Å och --lines R.</translation>
    </message>
    <message>
        <source>Skapade %1: %2 parter, %3 överenskommelser, %4 rapporter och %5 utgiftsrader på %6 ms.</source>
        <translation>Skapade %1: %2 parter, %3 överenskommelser, %4 rapporter och %5 utgiftsrader på %6 ms.</translation>
    </message>
    <message>
        <source>Okänt format "%1". Välj text, csv, json eller xlsx.</source>
        <translation>Okänt format "%1". Välj text, csv, json eller xlsx.</translation>
    </message>
    <message>
        <source>En Excelfil kan inte skrivas till terminalen. Ange filen med -o, till exempel -o saldo.xlsx.</source>
        <translation>En Excelfil kan inte skrivas till terminalen. Ange filen med -o, till exempel -o saldo.xlsx.</translation>
    </message>
    <message>
        <source>Rader</source>
        <translation>Rader</translation>
    </message>
</context>
<context>
    <name>fhb::gui::AboutText</name>
    <message>
        <source>&lt;p&gt;Databas: %1&lt;br&gt;Schemaversion %2 (programmet skriver version %3)%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;Databas: %1&lt;br&gt;Schemaversion %2 (programmet skriver version %3)%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, öppnad skrivskyddad</source>
        <translation>, öppnad skrivskyddad</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ingen databas är öppen.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ingen databas är öppen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Folkhälsobok %1&lt;/h3&gt;&lt;p&gt;Bokföring av folkhälsoavtal: årsredovisningar, ersättning och medfinansiering mellan en region och dess kommuner, länsdelar och organisationer.&lt;/p&gt;&lt;p&gt;Fri programvara under GNU General Public License version 3 eller senare (GPL-3.0-or-later). Programmet levereras utan garanti.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Folkhälsobok %1&lt;/h3&gt;&lt;p&gt;Bokföring av folkhälsoavtal: årsredovisningar, ersättning och medfinansiering mellan en region och dess kommuner, länsdelar och organisationer.&lt;/p&gt;&lt;p&gt;Fri programvara under GNU General Public License version 3 eller senare (GPL-3.0-or-later). Programmet levereras utan garanti.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fhb::gui::AgreementEditor</name>
    <message>
        <source>Avtal %1 %2</source>
        <translation>Avtal %1 %2</translation>
    </message>
    <message>
        <source>Kedjad: på föregående års belopp</source>
        <translation>Kedjad: på föregående års belopp</translation>
    </message>
    <message>
        <source>Från grundersättningen</source>
        <translation>Från grundersättningen</translation>
    </message>
    <message>
        <source>Inget datum</source>
        <translation>Inget datum</translation>
    </message>
    <message>
        <source>Alla medlemmar har ett åtagande</source>
        <translation>Alla medlemmar har ett åtagande</translation>
    </message>
</context>
<context>
    <name>fhb::gui::AmountDelegate</name>
    <message>
        <source>Belopp</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Skriv till exempel 3 434 000, 145 tkr eller 1 393 038,50.</source>
        <translation>Skriv till exempel 3 434 000, 145 tkr eller 1 393 038,50.</translation>
    </message>
</context>
<context>
    <name>fhb::gui::AnnualReportEditor</name>
    <message>
        <source>Årsredovisning %1 — %2</source>
        <translation>Årsredovisning %1 — %2</translation>
    </message>
</context>
<context>
    <name>fhb::gui::ArchiveInfoLabel</name>
    <message>
        <source>Arkivuppgifter för den godkända årsredovisningen: samma version och SHA-256-fingeravtryck står längst ned på varje sida i PDF-filen. Stämmer de med en utskrift har innehållet inte ändrats sedan den skrevs ut.</source>
        <translation>Arkivuppgifter för den godkända årsredovisningen: samma version och SHA-256-fingeravtryck står längst ned på varje sida i PDF-filen. Stämmer de med en utskrift har innehållet inte ändrats sedan den skrevs ut.</translation>
    </message>
    <message>
        <source>Arkivuppgifter</source>
        <translation>Arkivuppgifter</translation>
    </message>
</context>
<context>
    <name>fhb::gui::BalanceChartView</name>
    <message>
        <source>prel.</source>
        <translation>prel.</translation>
    </message>
    <message>
        <source>Krav</source>
        <translation>Krav</translation>
    </message>
    <message>
        <source>Insats</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Ackumulerat saldo</source>
        <translation>Ackumulerat saldo</translation>
    </message>
    <message>
        <source>År</source>
        <translation>År</translation>
    </message>
    <message>
        <source>kr</source>
        <translation>kr</translation>
    </message>
    <message>
        <source>Ackumulerat saldo, kr</source>
        <translation>Ackumulerat saldo, kr</translation>
    </message>
</context>
<context>
    <name>fhb::gui::BatchExport</name>
    <message>
        <source>Exporten kunde inte påbörjas. Inga filer skrevs.</source>
        <translation>Exporten kunde inte påbörjas. Inga filer skrevs.</translation>
    </message>
    <message>
        <source>Exporten avbröts. Skrivna PDF-filer: %1. Inte skrivna: %2.</source>
        <translation>Exporten avbröts. Skrivna PDF-filer: %1. Inte skrivna: %2.</translation>
    </message>
    <message>
        <source>Det fanns inga årsredovisningar att exportera för året.</source>
        <translation>Det fanns inga årsredovisningar att exportera för året.</translation>
    </message>
    <message>
        <source>Klart. Skrivna PDF-filer: %1, en per årsredovisning.</source>
        <translation>Klart. Skrivna PDF-filer: %1, en per årsredovisning.</translation>
    </message>
    <message>
        <source>Exporten är klar, men inte allt kunde skrivas. Skrivna PDF-filer: %1. Inte skrivna: %2.</source>
        <translation>Exporten är klar, men inte allt kunde skrivas. Skrivna PDF-filer: %1. Inte skrivna: %2.</translation>
    </message>
</context>
<context>
    <name>fhb::gui::BatchExportDialog</name>
    <message>
        <source>Årsredovisningar</source>
        <translation>Årsredovisningar</translation>
    </message>
    <message>
        <source>&amp;Exportera</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>&amp;Öppna mappen</source>
        <translation>&amp;Öppna mappen</translation>
    </message>
    <message>
        <source>Databasen har inga årsredovisningar ännu, så det finns inget att exportera.</source>
        <translation>Databasen har inga årsredovisningar ännu, så det finns inget att exportera.</translation>
    </message>
    <message>
        <source>Ingen av årets %1 årsredovisningar är godkänd ännu. Välj Alla för att exportera utkasten.</source>
        <translation>Ingen av årets %1 årsredovisningar är godkänd ännu. Välj Alla för att exportera utkasten.</translation>
    </message>
    <message>
        <source>Mapp för PDF-filerna</source>
        <translation>Mapp för PDF-filerna</translation>
    </message>
    <message>
        <source>Ingen mapp är vald</source>
        <translation>Ingen mapp är vald</translation>
    </message>
    <message>
        <source>Skriv eller välj mappen som PDF-filerna ska skrivas till och försök igen.</source>
        <translation>Skriv eller välj mappen som PDF-filerna ska skrivas till och försök igen.</translation>
    </message>
    <message>
        <source>Förbereder exporten…</source>
        <translation>Förbereder exporten…</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Exporterar årsredovisningar %1</source>
        <translation>Exporterar årsredovisningar %1</translation>
    </message>
    <message>
        <source>Klart.</source>
        <translation>Klart.</translation>
    </message>
    <message>
        <source>Skriver %1 (%2 av %3)…</source>
        <translation>Skriver %1 (%2 av %3)…</translation>
    </message>
    <message>
        <source>Årsredovisningar som inte är godkända och lämnades utanför: %1.</source>
        <translation>Årsredovisningar som inte är godkända och lämnades utanför: %1.</translation>
    </message>
    <message>
        <source>Mapp: %1</source>
        <translation>Mapp: %1</translation>
    </message>
    <message>
        <source>Skriven: %1</source>
        <translation>Skriven: %1</translation>
    </message>
    <message>
        <source>Fel: %1</source>
        <translation>Fel: %1</translation>
    </message>
    <message>
        <source>Fel för %1: %2</source>
        <translation>Fel för %1: %2</translation>
    </message>
    <message>
        <source>exporten avbröts</source>
        <translation>exporten avbröts</translation>
    </message>
    <message>
        <source>Inte skriven: %1 (%2)</source>
        <translation>Inte skriven: %1 (%2)</translation>
    </message>
    <message>
        <source>Export av årsredovisningar %1</source>
        <translation>Export av årsredovisningar %1</translation>
    </message>
    <message>
        <source>Godkända årsredovisningar %1: %2 av %3. Var och en blir en egen PDF-fil.</source>
        <translation>Godkända årsredovisningar %1: %2 av %3. Var och en blir en egen PDF-fil.</translation>
    </message>
    <message>
        <source>Årsredovisningar %1: %2. Var och en blir en egen PDF-fil.</source>
        <translation>Årsredovisningar %1: %2. Var och en blir en egen PDF-fil.</translation>
    </message>
    <message>
        <source>Inte använt: %1 är ingen vanlig fil och skrevs inte över; rapporten fick ett annat namn.</source>
        <translation>Inte använt: %1 är ingen vanlig fil och skrevs inte över; rapporten fick ett annat namn.</translation>
    </message>
</context>
<context>
    <name>fhb::gui::CategoryDelegate</name>
    <message>
        <source>Kategori</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Välj en kategori eller skriv en egen.</source>
        <translation>Välj en kategori eller skriv en egen.</translation>
    </message>
</context>
<context>
    <name>fhb::gui::FileDropHandler</name>
    <message>
        <source>Bara rapportfilerna (.json) importeras; %1 togs inte med. Släpp en bokföringsfil för sig.</source>
        <translation>Bara rapportfilerna (.json) importeras; %1 togs inte med. Släpp en bokföringsfil för sig.</translation>
    </message>
    <message>
        <source>Släpp en bokföringsfil i taget: %1 släpptes samtidigt.</source>
        <translation>Släpp en bokföringsfil i taget: %1 släpptes samtidigt.</translation>
    </message>
    <message>
        <source>%1 kan inte tas emot här: släpp rapportfiler (.json) för att importera rapporter eller en bokföringsfil (.csv, .txt) för att läsa in utgiftsrader.</source>
        <translation>%1 kan inte tas emot här: släpp rapportfiler (.json) för att importera rapporter eller en bokföringsfil (.csv, .txt) för att läsa in utgiftsrader.</translation>
    </message>
</context>
<context>
    <name>fhb::gui::FindingsPanel</name>
    <message>
        <source>Kontroller</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Klicka för att gå till fältet.</source>
        <translation>Klicka för att gå till fältet.</translation>
    </message>
    <message>
        <source>Öppna en årsredovisning för att se dess kontroller.</source>
        <translation>Öppna en årsredovisning för att se dess kontroller.</translation>
    </message>
    <message>
        <source>%1: inga fel och inga varningar.</source>
        <translation>%1: inga fel och inga varningar.</translation>
    </message>
    <message>
        <source>%1: %2 fel, %3 varningar.</source>
        <translation>%1: %2 fel, %3 varningar.</translation>
    </message>
    <message>
        <source>%1: %2 fel, 1 varning.</source>
        <translation>%1: %2 fel, 1 varning.</translation>
    </message>
</context>
<context>
    <name>fhb::gui::HelpViewer</name>
    <message>
        <source>user-guide.md</source>
        <comment>the user guide's file name in this language</comment>
        <translation>user-guide.md</translation>
    </message>
</context>
<context>
    <name>fhb::gui::HistoryPanel</name>
    <message>
        <source>Historik</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Öppna en årsredovisning för att se vem som ändrat vad och när.</source>
        <translation>Öppna en årsredovisning för att se vem som ändrat vad och när.</translation>
    </message>
    <message>
        <source>%1: inga ändringar är loggade.</source>
        <translation>%1: inga ändringar är loggade.</translation>
    </message>
    <message>
        <source>%1: en ändring.</source>
        <translation>%1: en ändring.</translation>
    </message>
    <message>
        <source>%1: %2 ändringar, den senaste först.</source>
        <translation>%1: %2 ändringar, den senaste först.</translation>
    </message>
</context>
<context>
    <name>fhb::gui::LedgerImportActions</name>
    <message>
        <source>&amp;Importera från huvudbok (CSV)…</source>
        <translation>&amp;Importera från huvudbok (CSV)…</translation>
    </message>
    <message>
        <source>Lägg in utgiftsraderna från huvudbokens CSV-fil i en årsredovisning (Ctrl+Skift+I)</source>
        <translation>Lägg in utgiftsraderna från huvudbokens CSV-fil i en årsredovisning (Ctrl+Skift+I)</translation>
    </message>
    <message>
        <source>Ingen databas är öppen.</source>
        <translation>Ingen databas är öppen.</translation>
    </message>
    <message>
        <source>Årsredovisningen %1 för %2 kunde inte öppnas, så inga rader importerades.</source>
        <translation>Årsredovisningen %1 för %2 kunde inte öppnas, så inga rader importerades.</translation>
    </message>
    <message>
        <source>%1 rader (%2) importerades till %3. Ångra med Ctrl+Z.</source>
        <translation>%1 rader (%2) importerades till %3. Ångra med Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>fhb::gui::LedgerImportWizard</name>
    <message>
        <source>Windows-1252 (Excel i Windows)</source>
        <translation>Windows-1252 (Excel i Windows)</translation>
    </message>
    <message>
        <source>Semikolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Komma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Tabb</source>
        <translation>Tabb</translation>
    </message>
    <message>
        <source>&amp;Nästa &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Föregående</source>
        <translation>&lt; &amp;Föregående</translation>
    </message>
    <message>
        <source>&amp;Importera</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Välj huvudbokens CSV-fil</source>
        <translation>Välj huvudbokens CSV-fil</translation>
    </message>
    <message>
        <source>CSV-filer (*.csv *.txt);;Alla filer (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Välj huvudbokens CSV-fil med Bläddra… eller skriv sökvägen.</source>
        <translation>Välj huvudbokens CSV-fil med Bläddra… eller skriv sökvägen.</translation>
    </message>
    <message>
        <source>Filen %1 finns inte. Kontrollera namnet och mappen.</source>
        <translation>Filen %1 finns inte. Kontrollera namnet och mappen.</translation>
    </message>
    <message>
        <source>Filen %1 går inte att läsa. Kontrollera att du har behörighet till den.</source>
        <translation>Filen %1 går inte att läsa. Kontrollera att du har behörighet till den.</translation>
    </message>
    <message>
        <source>%1 rader lästa från %2.</source>
        <translation>%1 rader lästa från %2.</translation>
    </message>
    <message>
        <source>Filen läses som %1%2 med %3 som avgränsare, %4.</source>
        <translation>Filen läses som %1%2 med %3 som avgränsare, %4.</translation>
    </message>
    <message>
        <source> (med BOM)</source>
        <translation> (med BOM)</translation>
    </message>
    <message>
        <source>och första raden är en rubrikrad</source>
        <translation>och första raden är en rubrikrad</translation>
    </message>
    <message>
        <source>utan rubrikrad</source>
        <translation>utan rubrikrad</translation>
    </message>
    <message>
        <source>rubrik: %1</source>
        <translation>rubrik: %1</translation>
    </message>
    <message>
        <source>rad %1: %2</source>
        <translation>rad %1: %2</translation>
    </message>
    <message>
        <source>Kolumn %1</source>
        <translation>Kolumn %1</translation>
    </message>
    <message>
        <source>(ingen fotnot)</source>
        <translation>(ingen fotnot)</translation>
    </message>
    <message>
        <source>%1 av %2 rader har fel och är markerade med Fel. Rätta dem i filen, spara den och välj Läs in filen igen, eller ändra format och kolumner på sidorna före.</source>
        <translation>%1 av %2 rader har fel och är markerade med Fel. Rätta dem i filen, spara den och välj Läs in filen igen, eller ändra format och kolumner på sidorna före.</translation>
    </message>
    <message>
        <source>%1 rader, summa %2, läggs sist bland utgifterna i årsredovisningen %3 för %4.</source>
        <translation>%1 rader, summa %2, läggs sist bland utgifterna i årsredovisningen %3 för %4.</translation>
    </message>
    <message>
        <source>Raderna läggs sist i utkastet %1 för %2, som har %3 utgiftsrader.</source>
        <translation>Raderna läggs sist i utkastet %1 för %2, som har %3 utgiftsrader.</translation>
    </message>
    <message>
        <source>%1 har ingen årsredovisning för %2: ett utkast skapas när du importerar.</source>
        <translation>%1 har ingen årsredovisning för %2: ett utkast skapas när du importerar.</translation>
    </message>
    <message>
        <source>Det finns ingen part att importera till. Lägg först till parten under Arkiv → Parter.</source>
        <translation>Det finns ingen part att importera till. Lägg först till parten under Arkiv → Parter.</translation>
    </message>
    <message>
        <source>Årsredovisningen %1 för %2 är %3: rader importeras bara till ett utkast. Välj ett annat år, eller be den som godkänner att återöppna årsredovisningen.</source>
        <translation>Årsredovisningen %1 för %2 är %3: rader importeras bara till ett utkast. Välj ett annat år, eller be den som godkänner att återöppna årsredovisningen.</translation>
    </message>
    <message>
        <source>Kategori, belopp och fotnot måste komma från olika kolumner.</source>
        <translation>Kategori, belopp och fotnot måste komma från olika kolumner.</translation>
    </message>
    <message>
        <source>Importera är avstängt: %1</source>
        <translation>Importera är avstängt: %1</translation>
    </message>
    <message>
        <source>Rad %1: %2</source>
        <translation>Rad %1: %2</translation>
    </message>
    <message>
        <source>Importera är avstängt: 1 rad har fel. %1</source>
        <translation>Importera är avstängt: 1 rad har fel. %1</translation>
    </message>
    <message>
        <source>Importera är avstängt: %1 rader har fel. Den första: %2</source>
        <translation>Importera är avstängt: %1 rader har fel. Den första: %2</translation>
    </message>
    <message>
        <source>Raderna kunde inte importeras</source>
        <translation>Raderna kunde inte importeras</translation>
    </message>
</context>
<context>
    <name>fhb::gui::MainWindow</name>
    <message>
        <source>Översikt</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Navigator</translation>
    </message>
    <message>
        <source>Allt sparas redan medan du arbetar: det finns inget att spara.</source>
        <translation>Allt sparas redan medan du arbetar: det finns inget att spara.</translation>
    </message>
    <message>
        <source>Databasen kunde inte öppnas</source>
        <translation>Databasen kunde inte öppnas</translation>
    </message>
    <message>
        <source>Folkhälsobok</source>
        <translation>Folkhälsobok</translation>
    </message>
    <message>
        <source>Ingen databas är öppen: välj Arkiv → Öppna… eller Arkiv → Ny databas…</source>
        <translation>Ingen databas är öppen: välj Arkiv → Öppna… eller Arkiv → Ny databas…</translation>
    </message>
    <message>
        <source>%1 — Folkhälsobok</source>
        <translation>%1 — Folkhälsobok</translation>
    </message>
    <message>
        <source>%1 · användare %2 · %3</source>
        <translation>%1 · användare %2 · %3</translation>
    </message>
    <message>
        <source>Skrivskyddad</source>
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <source>Skrivbar</source>
        <translation>Skrivbar</translation>
    </message>
    <message>
        <source>Databasen är öppnad skrivskyddad: du kan läsa allt men inte ändra något.</source>
        <translation>Databasen är öppnad skrivskyddad: du kan läsa allt men inte ändra något.</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Inga senast öppnade databaser</source>
        <translation>Inga senast öppnade databaser</translation>
    </message>
    <message>
        <source>&amp;Töm listan</source>
        <translation>&amp;Töm listan</translation>
    </message>
    <message>
        <source>Ny databas</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <source>Folkhälsobok-databas (*.db)</source>
        <translation>Folkhälsobok-databas (*.db)</translation>
    </message>
    <message>
        <source>En ny, tom databas har skapats: %1</source>
        <translation>En ny, tom databas har skapats: %1</translation>
    </message>
    <message>
        <source>Öppna databas</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <source>Folkhälsobok-databas (*.db);;Alla filer (*)</source>
        <translation>Folkhälsobok-databas (*.db);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Om Folkhälsobok</source>
        <translation>Om Folkhälsobok</translation>
    </message>
    <message>
        <source>&amp;Kontroller</source>
        <translation>&amp;Kontroller</translation>
    </message>
    <message>
        <source>&amp;Historik</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <source>&amp;Verktygsfält</source>
        <translation>&amp;Verktygsfält</translation>
    </message>
    <message>
        <source>Översikten</source>
        <translation>Översikten</translation>
    </message>
    <message>
        <source>Årsredovisningen</source>
        <translation>Årsredovisningen</translation>
    </message>
    <message>
        <source>Avtalet</source>
        <translation>Avtalet</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte öppnas</source>
        <translation>Årsredovisningen kunde inte öppnas</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte skapas</source>
        <translation>Årsredovisningen kunde inte skapas</translation>
    </message>
    <message>
        <source>%1 är skapad som utkast.</source>
        <translation>%1 är skapad som utkast.</translation>
    </message>
    <message>
        <source>Avtalet kunde inte öppnas</source>
        <translation>Avtalet kunde inte öppnas</translation>
    </message>
    <message>
        <source>Databasen används av någon annan</source>
        <translation>Databasen används av någon annan</translation>
    </message>
    <message>
        <source>Öppna skrivskyddad</source>
        <translation>Öppna skrivskyddad</translation>
    </message>
    <message>
        <source>Databasen kunde inte läsas helt</source>
        <translation>Databasen kunde inte läsas helt</translation>
    </message>
</context>
<context>
    <name>fhb::gui::NewReportDialog</name>
    <message>
        <source>Det finns ingen part att skriva en årsredovisning för. Lägg först till parten under Arkiv → Parter.</source>
        <translation>Det finns ingen part att skriva en årsredovisning för. Lägg först till parten under Arkiv → Parter.</translation>
    </message>
    <message>
        <source>%1 har redan en årsredovisning för %2. Öppna den i navigatorn i stället.</source>
        <translation>%1 har redan en årsredovisning för %2. Öppna den i navigatorn i stället.</translation>
    </message>
    <message>
        <source>Raderna kopieras från årsredovisningen %1. Berättelsen och underskriften kopieras aldrig.</source>
        <translation>Raderna kopieras från årsredovisningen %1. Berättelsen och underskriften kopieras aldrig.</translation>
    </message>
    <message>
        <source>%1 har ingen tidigare årsredovisning, så det finns inget att kopiera.</source>
        <translation>%1 har ingen tidigare årsredovisning, så det finns inget att kopiera.</translation>
    </message>
    <message>
        <source>Skapa</source>
        <translation>Skapa</translation>
    </message>
</context>
<context>
    <name>fhb::gui::OverviewDetailPanel</name>
    <message>
        <source>Välj en rad i översikten för att se avtalets diagram och åtaganden.</source>
        <translation>Välj en rad i översikten för att se avtalets diagram och åtaganden.</translation>
    </message>
    <message>
        <source>Åtaganden, uppfyllda per år</source>
        <translation>Åtaganden, uppfyllda per år</translation>
    </message>
    <message>
        <source>Åtaganden och hur de har uppfyllts per år</source>
        <translation>Åtaganden och hur de har uppfyllts per år</translation>
    </message>
    <message>
        <source>%1 – %2 (åtagande)</source>
        <translation>%1 – %2 (åtagande)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Senaste år med rapport: %1, %2 (saldo %3 kr). Ackumulerat saldo för åren med rapport: %4 kr.</source>
        <translation>Senaste år med rapport: %1, %2 (saldo %3 kr). Ackumulerat saldo för åren med rapport: %4 kr.</translation>
    </message>
    <message>
        <source>Avtalet har inga år med känd ersättning ännu.</source>
        <translation>Avtalet har inga år med känd ersättning ännu.</translation>
    </message>
    <message>
        <source>Ingen årsredovisning har kommit in för avtalet ännu: staplarna visar bara kravet.</source>
        <translation>Ingen årsredovisning har kommit in för avtalet ännu: staplarna visar bara kravet.</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>uppfyllt</source>
        <translation>uppfyllt</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>inte uppfyllt</source>
        <translation>inte uppfyllt</translation>
    </message>
    <message>
        <source>inte uppföljt ännu: året är inte slut</source>
        <translation>inte uppföljt ännu: året är inte slut</translation>
    </message>
    <message>
        <source>%1 %2: %3.</source>
        <translation>%1 %2: %3.</translation>
    </message>
    <message>
        <source>%1 %2: %3. %4</source>
        <translation>%1 %2: %3. %4</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Åtagande</source>
        <translation>Åtagande</translation>
    </message>
    <message>
        <source>Åtaganden: avtalet har inga.</source>
        <translation>Åtaganden: avtalet har inga.</translation>
    </message>
    <message>
        <source>Anteckningar: %1</source>
        <translation>Anteckningar: %1</translation>
    </message>
</context>
<context>
    <name>fhb::gui::OverviewExportActions</name>
    <message>
        <source>Exportera till &amp;Excel…</source>
        <translation>Exportera till &amp;Excel…</translation>
    </message>
    <message>
        <source>Spara översikten som Excel-arbetsbok: bladet Översikt som på skärmen och bladet Rader med ett år per rad; beloppen är tal i kronor</source>
        <translation>Spara översikten som Excel-arbetsbok: bladet Översikt som på skärmen och bladet Rader med ett år per rad; beloppen är tal i kronor</translation>
    </message>
    <message>
        <source>Exportera till &amp;CSV…</source>
        <translation>Exportera till &amp;CSV…</translation>
    </message>
    <message>
        <source>Spara översikten som semikolonseparerad text för svenska Excel (UTF-8)</source>
        <translation>Spara översikten som semikolonseparerad text för svenska Excel (UTF-8)</translation>
    </message>
    <message>
        <source>Exportera till &amp;PDF…</source>
        <translation>Exportera till &amp;PDF…</translation>
    </message>
    <message>
        <source>Spara översikten som liggande A4 med diagrammet för den valda raden</source>
        <translation>Spara översikten som liggande A4 med diagrammet för den valda raden</translation>
    </message>
    <message>
        <source>Samverkansöversikt</source>
        <translation>Samverkansöversikt</translation>
    </message>
    <message>
        <source>Exportera översikten till Excel</source>
        <translation>Exportera översikten till Excel</translation>
    </message>
    <message>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Exportera översikten till CSV</source>
        <translation>Exportera översikten till CSV</translation>
    </message>
    <message>
        <source>CSV-fil för Excel (*.csv)</source>
        <translation>CSV-fil för Excel (*.csv)</translation>
    </message>
    <message>
        <source>Exportera översikten till PDF</source>
        <translation>Exportera översikten till PDF</translation>
    </message>
    <message>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Det finns ingen översikt att exportera: öppna en databas först.</source>
        <translation>Det finns ingen översikt att exportera: öppna en databas först.</translation>
    </message>
    <message>
        <source>Översikt</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Rader</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Utdrag %1</source>
        <translation>Utdrag %1</translation>
    </message>
    <message>
        <source>%1 · utdrag %2</source>
        <translation>%1 · utdrag %2</translation>
    </message>
    <message>
        <source>Översikten kunde inte exporteras</source>
        <translation>Översikten kunde inte exporteras</translation>
    </message>
    <message>
        <source>Översikten är exporterad till %1</source>
        <translation>Översikten är exporterad till %1</translation>
    </message>
</context>
<context>
    <name>fhb::gui::OverviewView</name>
    <message>
        <source>Databasen har inga avtal med känd ersättning ännu.</source>
        <translation>Databasen har inga avtal med känd ersättning ännu.</translation>
    </message>
    <message>
        <source>Alla avtal</source>
        <translation>Alla avtal</translation>
    </message>
    <message>
        <source>När ett avtal har en ersättning för ett år visas här vad parterna har satt in mot kravet, år för år.</source>
        <translation>När ett avtal har en ersättning för ett år visas här vad parterna har satt in mot kravet, år för år.</translation>
    </message>
    <message>
        <source>Senast rapporterade år: %1</source>
        <translation>Senast rapporterade år: %1</translation>
    </message>
    <message>
        <source>Inga rader stämmer med filtret. Välj Visa: Alla, en annan delregion eller fler år.</source>
        <translation>Inga rader stämmer med filtret. Välj Visa: Alla, en annan delregion eller fler år.</translation>
    </message>
    <message>
        <source>Saldot är insatsen minus kravet, i kronor. Visar %1 avtal och %2 medlemsrader. Enter eller dubbelklick på ett år öppnar rapporten, på namnet avtalet.</source>
        <translation>Saldot är insatsen minus kravet, i kronor. Visar %1 avtal och %2 medlemsrader. Enter eller dubbelklick på ett år öppnar rapporten, på namnet avtalet.</translation>
    </message>
    <message>
        <source>Samverkansöversikt</source>
        <translation>Samverkansöversikt</translation>
    </message>
    <message>
        <source>Samverkansöversikt %1</source>
        <translation>Samverkansöversikt %1</translation>
    </message>
    <message>
        <source>Samverkansöversikt %1–%2</source>
        <translation>Samverkansöversikt %1–%2</translation>
    </message>
    <message>
        <source>Expo&amp;rtera</source>
        <translation>Expo&amp;rtera</translation>
    </message>
    <message>
        <source>Exportera översikten till Excel, CSV eller PDF</source>
        <translation>Exportera översikten till Excel, CSV eller PDF</translation>
    </message>
</context>
<context>
    <name>fhb::gui::ParagraphDelegate</name>
    <message>
        <source>Stycke</source>
        <translation>Stycke</translation>
    </message>
    <message>
        <source>Texten sparas medan du skriver. Enter avslutar, Skift+Enter ger en ny rad, Ctrl+Z ångrar.</source>
        <translation>Texten sparas medan du skriver. Enter avslutar, Skift+Enter ger en ny rad, Ctrl+Z ångrar.</translation>
    </message>
</context>
<context>
    <name>fhb::gui::PartiesDialog</name>
    <message>
        <source>Ta bort den markerade parten</source>
        <translation>Ta bort den markerade parten</translation>
    </message>
    <message>
        <source>%1 är tillagd.</source>
        <translation>%1 är tillagd.</translation>
    </message>
    <message>
        <source>%1 heter nu %2.</source>
        <translation>%1 heter nu %2.</translation>
    </message>
    <message>
        <source>%1 är borttagen.</source>
        <translation>%1 är borttagen.</translation>
    </message>
    <message>
        <source>Medlemmar i %1</source>
        <translation>Medlemmar i %1</translation>
    </message>
    <message>
        <source>Medlemmar (välj en länsdel i listan)</source>
        <translation>Medlemmar (välj en länsdel i listan)</translation>
    </message>
    <message>
        <source>%1 är medlem i %2 %3–%4.</source>
        <translation>%1 är medlem i %2 %3–%4.</translation>
    </message>
    <message>
        <source>Medlemskapet är ändrat: %1 %2–%3.</source>
        <translation>Medlemskapet är ändrat: %1 %2–%3.</translation>
    </message>
    <message>
        <source>%1 är inte längre medlem i %2.</source>
        <translation>%1 är inte längre medlem i %2.</translation>
    </message>
</context>
<context>
    <name>fhb::gui::PdfActions</name>
    <message>
        <source>&amp;Exportera PDF…</source>
        <translation>&amp;Exportera PDF…</translation>
    </message>
    <message>
        <source>Exportera PDF</source>
        <translation>Exportera PDF</translation>
    </message>
    <message>
        <source>Spara årsredovisningen som PDF/A-fil för arkivet och regionen (Ctrl+E)</source>
        <translation>Spara årsredovisningen som PDF/A-fil för arkivet och regionen (Ctrl+E)</translation>
    </message>
    <message>
        <source>Exportera &amp;alla årsredovisningar för ett år…</source>
        <translation>Exportera &amp;alla årsredovisningar för ett år…</translation>
    </message>
    <message>
        <source>Skriv en PDF-fil per årsredovisning för ett år till en mapp (Ctrl+Skift+E)</source>
        <translation>Skriv en PDF-fil per årsredovisning för ett år till en mapp (Ctrl+Skift+E)</translation>
    </message>
    <message>
        <source>&amp;Förhandsgranska…</source>
        <translation>&amp;Förhandsgranska…</translation>
    </message>
    <message>
        <source>Visa årsredovisningen som den blir utskriven (Ctrl+Skift+P)</source>
        <translation>Visa årsredovisningen som den blir utskriven (Ctrl+Skift+P)</translation>
    </message>
    <message>
        <source>Skriv &amp;ut…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Skriv ut årsredovisningen (Ctrl+P)</source>
        <translation>Skriv ut årsredovisningen (Ctrl+P)</translation>
    </message>
    <message>
        <source>Öppna en årsredovisning först: det finns ingen att skriva ut.</source>
        <translation>Öppna en årsredovisning först: det finns ingen att skriva ut.</translation>
    </message>
    <message>
        <source>Exportera årsredovisningen som PDF</source>
        <translation>Exportera årsredovisningen som PDF</translation>
    </message>
    <message>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>PDF-filen kunde inte skapas</source>
        <translation>PDF-filen kunde inte skapas</translation>
    </message>
    <message>
        <source>Årsredovisningen är sparad som PDF: %1</source>
        <translation>Årsredovisningen är sparad som PDF: %1</translation>
    </message>
    <message>
        <source>Förhandsgranskningen kunde inte visas</source>
        <translation>Förhandsgranskningen kunde inte visas</translation>
    </message>
    <message>
        <source>Förhandsgranska – %1</source>
        <translation>Förhandsgranska – %1</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte skrivas ut</source>
        <translation>Årsredovisningen kunde inte skrivas ut</translation>
    </message>
    <message>
        <source>Skriv ut – %1</source>
        <translation>Skriv ut – %1</translation>
    </message>
    <message>
        <source>%1 är skickad till skrivaren.</source>
        <translation>%1 är skickad till skrivaren.</translation>
    </message>
    <message>
        <source>De exporterade PDF-filerna finns i %1</source>
        <translation>De exporterade PDF-filerna finns i %1</translation>
    </message>
</context>
<context>
    <name>fhb::gui::ReopenDialog</name>
    <message>
        <source>%1 är godkänd och låst. Återöppnad blir den ett utkast som kan ändras och måste godkännas igen. Skriv varför den öppnas: orsaken sparas i historiken tillsammans med ditt namn och tiden.</source>
        <translation>%1 är godkänd och låst. Återöppnad blir den ett utkast som kan ändras och måste godkännas igen. Skriv varför den öppnas: orsaken sparas i historiken tillsammans med ditt namn och tiden.</translation>
    </message>
    <message>
        <source>Återöppna</source>
        <translation>Återöppna</translation>
    </message>
</context>
<context>
    <name>fhb::gui::ReportActions</name>
    <message>
        <source>Ångra den senaste ändringen (Ctrl+Z)</source>
        <translation>Ångra den senaste ändringen (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Gör om det som ångrades (Ctrl+Skift+Z)</source>
        <translation>Gör om det som ångrades (Ctrl+Skift+Z)</translation>
    </message>
    <message>
        <source>&amp;Ångra</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Ångra %1</source>
        <translation>&amp;Ångra %1</translation>
    </message>
    <message>
        <source>&amp;Gör om</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Gör om %1</source>
        <translation>&amp;Gör om %1</translation>
    </message>
    <message>
        <source>Ångra</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Gör om</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>%1 är inskickad.</source>
        <translation>%1 är inskickad.</translation>
    </message>
    <message>
        <source>Godkänn årsredovisningen</source>
        <translation>Godkänn årsredovisningen</translation>
    </message>
    <message>
        <source>Godkänn %1?

En godkänd årsredovisning är låst: ingen kan ändra den förrän en controller återöppnar den och anger varför.</source>
        <translation>Godkänn %1?

En godkänd årsredovisning är låst: ingen kan ändra den förrän en controller återöppnar den och anger varför.</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte godkännas</source>
        <translation>Årsredovisningen kunde inte godkännas</translation>
    </message>
    <message>
        <source>%1 är godkänd och låst.</source>
        <translation>%1 är godkänd och låst.</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte återöppnas</source>
        <translation>Årsredovisningen kunde inte återöppnas</translation>
    </message>
    <message>
        <source>%1 är återöppnad som utkast. Orsaken är sparad i historiken.</source>
        <translation>%1 är återöppnad som utkast. Orsaken är sparad i historiken.</translation>
    </message>
    <message>
        <source>%1 kan inte skickas in</source>
        <translation>%1 kan inte skickas in</translation>
    </message>
    <message>
        <source>Panelen Kontroller visar samma fel: klicka på ett av dem för att gå till fältet.</source>
        <translation>Panelen Kontroller visar samma fel: klicka på ett av dem för att gå till fältet.</translation>
    </message>
</context>
<context>
    <name>fhb::gui::ReportFileActions</name>
    <message>
        <source>Exportera rapport för ins&amp;kickning…</source>
        <translation>Exportera rapport för ins&amp;kickning…</translation>
    </message>
    <message>
        <source>Spara årsredovisningen som en fil att skicka till regionen, som importerar den</source>
        <translation>Spara årsredovisningen som en fil att skicka till regionen, som importerar den</translation>
    </message>
    <message>
        <source>&amp;Importera rapporter…</source>
        <translation>&amp;Importera rapporter…</translation>
    </message>
    <message>
        <source>Importera årsredovisningar som kommuner och länsdelar har skickat som filer (Ctrl+Skift+O)</source>
        <translation>Importera årsredovisningar som kommuner och länsdelar har skickat som filer (Ctrl+Skift+O)</translation>
    </message>
    <message>
        <source>Exportera rapport för inskickning</source>
        <translation>Exportera rapport för inskickning</translation>
    </message>
    <message>
        <source>Rapportfil (*.json)</source>
        <translation>Rapportfil (*.json)</translation>
    </message>
    <message>
        <source>Rapportfilen kunde inte skapas</source>
        <translation>Rapportfilen kunde inte skapas</translation>
    </message>
    <message>
        <source>%1 är sparad för inskickning: %2. Skicka filen till regionen.</source>
        <translation>%1 är sparad för inskickning: %2. Skicka filen till regionen.</translation>
    </message>
    <message>
        <source>Importera rapporter</source>
        <translation>Importera rapporter</translation>
    </message>
    <message>
        <source>Rapportfiler (*.json);;Alla filer (*)</source>
        <translation>Rapportfiler (*.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Rapporterna kan inte importeras: databasen är öppnad skrivskyddad.</source>
        <translation>Rapporterna kan inte importeras: databasen är öppnad skrivskyddad.</translation>
    </message>
    <message>
        <source>Öppna eller skapa en databas först: rapporterna importeras till den.</source>
        <translation>Öppna eller skapa en databas först: rapporterna importeras till den.</translation>
    </message>
    <message>
        <source>Importen är klar: </source>
        <translation>Importen är klar: </translation>
    </message>
    <message>
        <source>Filer som inte importerades (ingenting i dem har ändrats):</source>
        <translation>Filer som inte importerades (ingenting i dem har ändrats):</translation>
    </message>
    <message>
        <source>Att känna till:</source>
        <translation>Att känna till:</translation>
    </message>
</context>
<context>
    <name>fhb::gui::ReportFilesImportDialog</name>
    <message>
        <source>&amp;Importera</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <source>Importera rapporterna som läggs till eller ersätts</source>
        <translation>Importera rapporterna som läggs till eller ersätts</translation>
    </message>
    <message>
        <source>Det finns inget att importera med de val som är gjorda.</source>
        <translation>Det finns inget att importera med de val som är gjorda.</translation>
    </message>
    <message>
        <source>Markera en rapport och tryck på blanksteg för att kryssa i eller ur den.</source>
        <translation>Markera en rapport och tryck på blanksteg för att kryssa i eller ur den.</translation>
    </message>
</context>
<context>
    <name>fhb::gui::ReportSummaryPanel</name>
    <message>
        <source>Länsdelens insats</source>
        <translation>Länsdelens insats</translation>
    </message>
    <message>
        <source>Organisationens insats</source>
        <translation>Organisationens insats</translation>
    </message>
    <message>
        <source>Kommunens insats</source>
        <translation>Kommunens insats</translation>
    </message>
    <message>
        <source>Medfinansiering %1</source>
        <translation>Medfinansiering %1</translation>
    </message>
    <message>
        <source>Inget avtal täcker %1 för %2, så medfinansieringen kontrolleras inte.</source>
        <translation>Inget avtal täcker %1 för %2, så medfinansieringen kontrolleras inte.</translation>
    </message>
    <message>
        <source>· preliminär</source>
        <translation>· preliminär</translation>
    </message>
    <message>
        <source>Kravet är %1s åtagande i avtalet %2.</source>
        <translation>Kravet är %1s åtagande i avtalet %2.</translation>
    </message>
    <message>
        <source>Insatsen räknas i %1s avtal %2 tillsammans med övriga medlemmar.</source>
        <translation>Insatsen räknas i %1s avtal %2 tillsammans med övriga medlemmar.</translation>
    </message>
    <message>
        <source>Enligt avtalet %1, medfinansieringsgrad %2.</source>
        <translation>Enligt avtalet %1, medfinansieringsgrad %2.</translation>
    </message>
    <message>
        <source>Ersättning (länsdelen)</source>
        <translation>Ersättning (länsdelen)</translation>
    </message>
    <message>
        <source>Ersättning</source>
        <translation>Ersättning</translation>
    </message>
    <message>
        <source>Krav (åtagande)</source>
        <translation>Krav (åtagande)</translation>
    </message>
    <message>
        <source>Krav</source>
        <translation>Krav</translation>
    </message>
</context>
<context>
    <name>fhb::gui::RevenueKindDelegate</name>
    <message>
        <source>Slag av intäkt</source>
        <translation>Slag av intäkt</translation>
    </message>
</context>
<context>
    <name>fhb::money</name>
    <message>
        <source>Beloppet är tomt.</source>
        <translation>Beloppet är tomt.</translation>
    </message>
    <message>
        <source>Beloppet '%1' saknar siffror.</source>
        <translation>Beloppet '%1' saknar siffror.</translation>
    </message>
    <message>
        <source>Beloppet '%1' har ett mellanslag efter decimaltecknet.</source>
        <translation>Beloppet '%1' har ett mellanslag efter decimaltecknet.</translation>
    </message>
    <message>
        <source>Beloppet '%1' har mer än ett decimaltecken.</source>
        <translation>Beloppet '%1' har mer än ett decimaltecken.</translation>
    </message>
    <message>
        <source>Beloppet '%1': minustecknet måste stå först.</source>
        <translation>Beloppet '%1': minustecknet måste stå först.</translation>
    </message>
    <message>
        <source>Beloppet '%1' kunde inte tolkas: tecknet '%2' hör inte till ett belopp.</source>
        <translation>Beloppet '%1' kunde inte tolkas: tecknet '%2' hör inte till ett belopp.</translation>
    </message>
    <message>
        <source>Beloppet '%1' har siffror grupperade på ett oväntat sätt; tusental skrivs i grupper om tre.</source>
        <translation>Beloppet '%1' har siffror grupperade på ett oväntat sätt; tusental skrivs i grupper om tre.</translation>
    </message>
    <message>
        <source>Beloppet '%1' har inga siffror efter decimaltecknet.</source>
        <translation>Beloppet '%1' har inga siffror efter decimaltecknet.</translation>
    </message>
    <message>
        <source>Beloppet '%1' är för stort.</source>
        <translation>Beloppet '%1' är för stort.</translation>
    </message>
    <message>
        <source>Beloppet '%1' har fler decimaler än hela ören.</source>
        <translation>Beloppet '%1' har fler decimaler än hela ören.</translation>
    </message>
    <message>
        <source>Beloppet '%1' är negativt; här anges belopp som noll eller mer.</source>
        <translation>Beloppet '%1' är negativt; här anges belopp som noll eller mer.</translation>
    </message>
    <message>
        <source>Beloppet '%1' är tvetydigt: tre siffror efter kommat kan vara tusental (%2 %3) eller decimaler (%2,%4). Skriv det utan komma eller med två decimaler.</source>
        <translation>Beloppet '%1' är tvetydigt: tre siffror efter kommat kan vara tusental (%2 %3) eller decimaler (%2,%4). Skriv det utan komma eller med två decimaler.</translation>
    </message>
</context>
<context>
    <name>fhb::storage</name>
    <message>
        <source>Godkännandenas fingeravtryck kan inte kontrolleras av det här programmet.</source>
        <translation>Godkännandenas fingeravtryck kan inte kontrolleras av det här programmet.</translation>
    </message>
    <message>
        <source>innehållet är inte en SQLite-databas</source>
        <translation>innehållet är inte en SQLite-databas</translation>
    </message>
    <message>
        <source>databasversion %1; den här versionen förstår upp till %2</source>
        <translation>databasversion %1; den här versionen förstår upp till %2</translation>
    </message>
    <message>
        <source>filen kan inte läsas (%1). Kontrollera att du har läsrätt till den.</source>
        <translation>filen kan inte läsas (%1). Kontrollera att du har läsrätt till den.</translation>
    </message>
    <message>
        <source>filen är tom, 0 byte</source>
        <translation>filen är tom, 0 byte</translation>
    </message>
    <message>
        <source>årtalet %1 ligger utanför %2–%3</source>
        <translation>årtalet %1 ligger utanför %2–%3</translation>
    </message>
    <message>
        <source>beloppet får inte vara negativt</source>
        <translation>beloppet får inte vara negativt</translation>
    </message>
    <message>
        <source>kontrollera databasfilens integritet</source>
        <translation>kontrollera databasfilens integritet</translation>
    </message>
    <message>
        <source>Databasfilen är skadad (SQLite: %1). Återställ den från en säkerhetskopia.</source>
        <translation>Databasfilen är skadad (SQLite: %1). Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>kontrollera databasens referenser</source>
        <translation>kontrollera databasens referenser</translation>
    </message>
    <message>
        <source>En rad i tabellen %1 pekar på en rad som inte finns i %2. Återställ databasen från en säkerhetskopia.</source>
        <translation>En rad i tabellen %1 pekar på en rad som inte finns i %2. Återställ databasen från en säkerhetskopia.</translation>
    </message>
    <message>
        <source> och </source>
        <translation> och </translation>
    </message>
    <message>
        <source>Raden finns inte längre i årsredovisningen. Läs in årsredovisningen igen.</source>
        <translation>Raden finns inte längre i årsredovisningen. Läs in årsredovisningen igen.</translation>
    </message>
    <message>
        <source>uppfyllt</source>
        <translation>uppfyllt</translation>
    </message>
    <message>
        <source>ej uppfyllt</source>
        <translation>ej uppfyllt</translation>
    </message>
    <message>
        <source>saknar tabeller (%1)</source>
        <translation>saknar tabeller (%1)</translation>
    </message>
    <message>
        <source>Filen har ändrats utanför Folkhälsobok: %1</source>
        <translation>Filen har ändrats utanför Folkhälsobok: %1</translation>
    </message>
    <message>
        <source>läsa databasens triggrar</source>
        <translation>läsa databasens triggrar</translation>
    </message>
    <message>
        <source>triggern %1 hör inte till programmets schema.</source>
        <translation>triggern %1 hör inte till programmets schema.</translation>
    </message>
    <message>
        <source>triggern %1 har en annan text än programmets schema.</source>
        <translation>triggern %1 har en annan text än programmets schema.</translation>
    </message>
    <message>
        <source>triggern %1 saknas, så spärrarna för godkända årsredovisningar och ändringsloggen gäller inte längre.</source>
        <translation>triggern %1 saknas, så spärrarna för godkända årsredovisningar och ändringsloggen gäller inte längre.</translation>
    </message>
    <message>
        <source>läsa ändringsloggen</source>
        <translation>läsa ändringsloggen</translation>
    </message>
    <message>
        <source>ändringsloggens rad %1 (%2, %3 %4) stämmer inte med kedjan av kontrollsummor: raden eller raden före den har ändrats, tagits bort eller lagts till.</source>
        <translation>ändringsloggens rad %1 (%2, %3 %4) stämmer inte med kedjan av kontrollsummor: raden eller raden före den har ändrats, tagits bort eller lagts till.</translation>
    </message>
    <message>
        <source>ytterligare %1 rader i ändringsloggen stämmer inte med kedjan.</source>
        <translation>ytterligare %1 rader i ändringsloggen stämmer inte med kedjan.</translation>
    </message>
    <message>
        <source>läsa godkännandena</source>
        <translation>läsa godkännandena</translation>
    </message>
    <message>
        <source>årsredovisningen för %1 är godkänd, men godkännandet finns inte registrerat.</source>
        <translation>årsredovisningen för %1 är godkänd, men godkännandet finns inte registrerat.</translation>
    </message>
    <message>
        <source>årsredovisningen för %1 har ändrats efter godkännandet (radversionen stämmer inte).</source>
        <translation>årsredovisningen för %1 har ändrats efter godkännandet (radversionen stämmer inte).</translation>
    </message>
    <message>
        <source>årsredovisningen för %1 stämmer inte längre med fingeravtrycket från godkännandet (SHA-256 %2, nu %3).</source>
        <translation>årsredovisningen för %1 stämmer inte längre med fingeravtrycket från godkännandet (SHA-256 %2, nu %3).</translation>
    </message>
    <message>
        <source>läsa länsdelarnas medlemmar</source>
        <translation>läsa länsdelarnas medlemmar</translation>
    </message>
    <message>
        <source>%1 står två gånger som medlem i %2 för samma år (%3–%4 och %5–%6). Saldot räknar rapporten en gång; ta bort det ena medlemskapet under Parter.</source>
        <translation>%1 står två gånger som medlem i %2 för samma år (%3–%4 och %5–%6). Saldot räknar rapporten en gång; ta bort det ena medlemskapet under Parter.</translation>
    </message>
    <message>
        <source>%1 är medlem i både %2 (%3–%4) och %5 (%6–%7) samma år, så dess rapport räknas för båda länsdelarna. En kommun kan bara höra till en länsdel åt gången; ändra medlemskapen under Parter.</source>
        <translation>%1 är medlem i både %2 (%3–%4) och %5 (%6–%7) samma år, så dess rapport räknas för båda länsdelarna. En kommun kan bara höra till en länsdel åt gången; ändra medlemskapen under Parter.</translation>
    </message>
    <message>
        <source>Årsredovisningen finns inte längre i databasen. Någon annan kan ha tagit bort den.</source>
        <translation>Årsredovisningen finns inte längre i databasen. Någon annan kan ha tagit bort den.</translation>
    </message>
    <message>
        <source>Godkännandet kunde inte sparas.</source>
        <translation>Godkännandet kunde inte sparas.</translation>
    </message>
    <message>
        <source>spara godkännandet</source>
        <translation>spara godkännandet</translation>
    </message>
    <message>
        <source>Godkännandena kunde inte läsas.</source>
        <translation>Godkännandena kunde inte läsas.</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte godkännas: programmet kan inte räkna ut dess fingeravtryck.</source>
        <translation>Årsredovisningen kunde inte godkännas: programmet kan inte räkna ut dess fingeravtryck.</translation>
    </message>
    <message>
        <source>Statusen kunde inte ändras.</source>
        <translation>Statusen kunde inte ändras.</translation>
    </message>
    <message>
        <source>ändra statusen</source>
        <translation>ändra statusen</translation>
    </message>
    <message>
        <source>Programmet kan inte räkna ut årsredovisningarnas fingeravtryck.</source>
        <translation>Programmet kan inte räkna ut årsredovisningarnas fingeravtryck.</translation>
    </message>
    <message>
        <source>läsa återöppningarna</source>
        <translation>läsa återöppningarna</translation>
    </message>
    <message>
        <source>återöppningen av årsredovisningen för %1 %2 (%3, av %4) finns inte i ändringsloggen.</source>
        <translation>återöppningen av årsredovisningen för %1 %2 (%3, av %4) finns inte i ändringsloggen.</translation>
    </message>
</context>
<context>
    <name>fhb::storage::AgreementStore</name>
    <message>
        <source>Avtalet finns inte längre i databasen. Någon annan kan ha tagit bort det.</source>
        <translation>Avtalet finns inte längre i databasen. Någon annan kan ha tagit bort det.</translation>
    </message>
    <message>
        <source>läsa parterna</source>
        <translation>läsa parterna</translation>
    </message>
    <message>
        <source>Avtalet måste ha ett namn.</source>
        <translation>Avtalet måste ha ett namn.</translation>
    </message>
    <message>
        <source>Finansiären ”%1” finns inte bland parterna. Välj en finansiär ur listan.</source>
        <translation>Finansiären ”%1” finns inte bland parterna. Välj en finansiär ur listan.</translation>
    </message>
    <message>
        <source>Motparten ”%1” finns inte bland parterna. Välj en motpart ur listan.</source>
        <translation>Motparten ”%1” finns inte bland parterna. Välj en motpart ur listan.</translation>
    </message>
    <message>
        <source>Finansiären och motparten kan inte vara samma part.</source>
        <translation>Finansiären och motparten kan inte vara samma part.</translation>
    </message>
    <message>
        <source>Avtalsperioden %1–%2 går inte: det första året måste komma före eller vara lika med det sista, mellan 1900 och 2200.</source>
        <translation>Avtalsperioden %1–%2 går inte: det första året måste komma före eller vara lika med det sista, mellan 1900 och 2200.</translation>
    </message>
    <message>
        <source>Medfinansieringsgraden måste vara mellan 0 % och 1 000 %.</source>
        <translation>Medfinansieringsgraden måste vara mellan 0 % och 1 000 %.</translation>
    </message>
    <message>
        <source>Grundersättningen kan inte vara negativ.</source>
        <translation>Grundersättningen kan inte vara negativ.</translation>
    </message>
    <message>
        <source>Den fastställda ersättningen för %1 går inte att spara: beloppet kan inte vara negativt.</source>
        <translation>Den fastställda ersättningen för %1 går inte att spara: beloppet kan inte vara negativt.</translation>
    </message>
    <message>
        <source>Uppräkningen för %1 måste vara mellan −100 % och 100 %.</source>
        <translation>Uppräkningen för %1 måste vara mellan −100 % och 100 %.</translation>
    </message>
    <message>
        <source>Kommunen ”%1” i åtagandena finns inte bland parterna.</source>
        <translation>Kommunen ”%1” i åtagandena finns inte bland parterna.</translation>
    </message>
    <message>
        <source>%1 har två åtaganden i samma avtal. Ta bort det ena.</source>
        <translation>%1 har två åtaganden i samma avtal. Ta bort det ena.</translation>
    </message>
    <message>
        <source>Åtagandet för %1 kan inte vara negativt.</source>
        <translation>Åtagandet för %1 kan inte vara negativt.</translation>
    </message>
    <message>
        <source>Varje åtagande i checklistan måste ha en rubrik.</source>
        <translation>Varje åtagande i checklistan måste ha en rubrik.</translation>
    </message>
    <message>
        <source>Avtalen kunde inte läsas.</source>
        <translation>Avtalen kunde inte läsas.</translation>
    </message>
    <message>
        <source>läsa avtalen</source>
        <translation>läsa avtalen</translation>
    </message>
    <message>
        <source>Det finns redan ett avtal som heter ”%1”. Välj ett annat namn.</source>
        <translation>Det finns redan ett avtal som heter ”%1”. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>Avtalet kunde inte sparas: databasen används av ett annat program just nu. Försök igen om en stund.</source>
        <translation>Avtalet kunde inte sparas: databasen används av ett annat program just nu. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Avtalet kunde inte sparas: det är inte samma avtal.</source>
        <translation>Avtalet kunde inte sparas: det är inte samma avtal.</translation>
    </message>
    <message>
        <source>Någon annan har ändrat avtalet sedan du öppnade det, så din ändring sparades inte. Läs in avtalet igen och gör sedan om ändringen.</source>
        <translation>Någon annan har ändrat avtalet sedan du öppnade det, så din ändring sparades inte. Läs in avtalet igen och gör sedan om ändringen.</translation>
    </message>
    <message>
        <source>Avtalets årsredovisningar kunde inte räknas.</source>
        <translation>Avtalets årsredovisningar kunde inte räknas.</translation>
    </message>
    <message>
        <source>räkna avtalets årsredovisningar</source>
        <translation>räkna avtalets årsredovisningar</translation>
    </message>
    <message>
        <source>Avtalet kunde inte tas bort: databasen används av ett annat program just nu. Försök igen om en stund.</source>
        <translation>Avtalet kunde inte tas bort: databasen används av ett annat program just nu. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Avtalet ”%1” kan inte tas bort: %2 för åren %3–%4 räknas mot det. Ändra avtalet i stället, eller ta först bort årsredovisningarna.</source>
        <translation>Avtalet ”%1” kan inte tas bort: %2 för åren %3–%4 räknas mot det. Ändra avtalet i stället, eller ta först bort årsredovisningarna.</translation>
    </message>
    <message>
        <source>1 årsredovisning</source>
        <translation>1 årsredovisning</translation>
    </message>
    <message>
        <source>%1 årsredovisningar</source>
        <translation>%1 årsredovisningar</translation>
    </message>
    <message>
        <source>Avtalet kunde inte tas bort.</source>
        <translation>Avtalet kunde inte tas bort.</translation>
    </message>
    <message>
        <source>ta bort avtalet</source>
        <translation>ta bort avtalet</translation>
    </message>
</context>
<context>
    <name>fhb::storage::Database</name>
    <message>
        <source>det är en mapp, inte en fil. Välj databasfilen i mappen.</source>
        <translation>det är en mapp, inte en fil. Välj databasfilen i mappen.</translation>
    </message>
    <message>
        <source>databasen är inte öppen</source>
        <translation>databasen är inte öppen</translation>
    </message>
    <message>
        <source>filen kunde inte öppnas</source>
        <translation>filen kunde inte öppnas</translation>
    </message>
    <message>
        <source>Säkerhetskopian %1</source>
        <translation>Säkerhetskopian %1</translation>
    </message>
</context>
<context>
    <name>fhb::storage::Database::Private</name>
    <message>
        <source>SQLite-drivrutinen saknas.</source>
        <translation>SQLite-drivrutinen saknas.</translation>
    </message>
    <message>
        <source>Uppgraderingsskriptet %1 saknas i programmet.</source>
        <translation>Uppgraderingsskriptet %1 saknas i programmet.</translation>
    </message>
    <message>
        <source>Databasen kunde inte uppgraderas till version %1; ingenting har ändrats i den.</source>
        <translation>Databasen kunde inte uppgraderas till version %1; ingenting har ändrats i den.</translation>
    </message>
    <message>
        <source>filen kunde inte skapas (%1). Kontrollera att mappen finns och att du får skriva i den.</source>
        <translation>filen kunde inte skapas (%1). Kontrollera att mappen finns och att du får skriva i den.</translation>
    </message>
    <message>
        <source>SQLite kunde inte öppna den nya filen.</source>
        <translation>SQLite kunde inte öppna den nya filen.</translation>
    </message>
    <message>
        <source>SQLite kunde inte slå på kontrollen av främmande nycklar.</source>
        <translation>SQLite kunde inte slå på kontrollen av främmande nycklar.</translation>
    </message>
    <message>
        <source>filen har ett äldre databasformat (version %1) som måste uppgraderas, men den går inte att skriva i. %2</source>
        <translation>filen har ett äldre databasformat (version %1) som måste uppgraderas, men den går inte att skriva i. %2</translation>
    </message>
    <message>
        <source>SQLite kunde inte öppna filen för läsning.</source>
        <translation>SQLite kunde inte öppna filen för läsning.</translation>
    </message>
    <message>
        <source>SQLite kunde inte öppna filen.</source>
        <translation>SQLite kunde inte öppna filen.</translation>
    </message>
    <message>
        <source>Databasfilen %1 är låst av ett annat program som skriver i den just nu. Filen har inte ändrats. Låsfilen %2 tillhör %3 och du får inte läsa den, så det går inte att se vem som skriver. Försök igen om en stund; skriver ingen, kan %3 eller en administratör ta bort låsfilen.</source>
        <translation>Databasfilen %1 är låst av ett annat program som skriver i den just nu. Filen har inte ändrats. Låsfilen %2 tillhör %3 och du får inte läsa den, så det går inte att se vem som skriver. Försök igen om en stund; skriver ingen, kan %3 eller en administratör ta bort låsfilen.</translation>
    </message>
</context>
<context>
    <name>fhb::storage::DatasetImporter</name>
    <message>
        <source>Importen kunde inte påbörjas: databasen används av ett annat program. Ingenting har importerats. Försök igen om en stund.</source>
        <translation>Importen kunde inte påbörjas: databasen används av ett annat program. Ingenting har importerats. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>läsa databasens årsredovisningar</source>
        <translation>läsa databasens årsredovisningar</translation>
    </message>
    <message>
        <source>okänd part '%1' (den finns varken i filen eller i databasen)</source>
        <translation>okänd part '%1' (den finns varken i filen eller i databasen)</translation>
    </message>
    <message>
        <source>'%1' är en part av slaget %2, men här krävs %3</source>
        <translation>'%1' är en part av slaget %2, men här krävs %3</translation>
    </message>
    <message>
        <source>namnet saknas</source>
        <translation>namnet saknas</translation>
    </message>
    <message>
        <source>'%1' finns redan som parties[%2]</source>
        <translation>'%1' finns redan som parties[%2]</translation>
    </message>
    <message>
        <source>'%1' finns redan i databasen som %2, inte som %3</source>
        <translation>'%1' finns redan i databasen som %2, inte som %3</translation>
    </message>
    <message>
        <source>bara en länsdel kan ha medlemmar</source>
        <translation>bara en länsdel kan ha medlemmar</translation>
    </message>
    <message>
        <source>slutåret %1 ligger före startåret %2</source>
        <translation>slutåret %1 ligger före startåret %2</translation>
    </message>
    <message>
        <source>'%1' finns redan som agreements[%2]</source>
        <translation>'%1' finns redan som agreements[%2]</translation>
    </message>
    <message>
        <source>motparten kan inte vara finansiären själv</source>
        <translation>motparten kan inte vara finansiären själv</translation>
    </message>
    <message>
        <source>andelen ska ligga mellan 0 och 100000 (0–1000 %)</source>
        <translation>andelen ska ligga mellan 0 och 100000 (0–1000 %)</translation>
    </message>
    <message>
        <source>PLK ska ligga mellan −10000 och 10000 (±100 %)</source>
        <translation>PLK ska ligga mellan −10000 och 10000 (±100 %)</translation>
    </message>
    <message>
        <source>'%1' har redan ett åtagande i överenskommelsen</source>
        <translation>'%1' har redan ett åtagande i överenskommelsen</translation>
    </message>
    <message>
        <source>rubriken saknas</source>
        <translation>rubriken saknas</translation>
    </message>
    <message>
        <source>årsredovisningen för %1 %2 finns redan som reports[%3]</source>
        <translation>årsredovisningen för %1 %2 finns redan som reports[%3]</translation>
    </message>
    <message>
        <source>slutdatumet ligger före startdatumet</source>
        <translation>slutdatumet ligger före startdatumet</translation>
    </message>
    <message>
        <source>årsredovisningen för %1 %2 är godkänd och låst i databasen och kan inte ersättas. Be en controller att öppna den igen först.</source>
        <translation>årsredovisningen för %1 %2 är godkänd och låst i databasen och kan inte ersättas. Be en controller att öppna den igen först.</translation>
    </message>
    <message>
        <source>det finns redan en annan årsredovisning för %1 %2 i databasen. Välj att ersätta befintliga årsredovisningar för att ta filens.</source>
        <translation>det finns redan en annan årsredovisning för %1 %2 i databasen. Välj att ersätta befintliga årsredovisningar för att ta filens.</translation>
    </message>
    <message>
        <source>Länsdelen '%1' har andra medlemmar i filen än i databasen; databasens medlemmar behålls.</source>
        <translation>Länsdelen '%1' har andra medlemmar i filen än i databasen; databasens medlemmar behålls.</translation>
    </message>
    <message>
        <source>Överenskommelsen '%1' skiljer sig från databasens (%2); databasens version behålls. Välj att ersätta för att ta filens version.</source>
        <translation>Överenskommelsen '%1' skiljer sig från databasens (%2); databasens version behålls. Välj att ersätta för att ta filens version.</translation>
    </message>
    <message>
        <source>liknar den befintliga parten '%1'; skriv namnet exakt som i databasen</source>
        <translation>liknar den befintliga parten '%1'; skriv namnet exakt som i databasen</translation>
    </message>
    <message>
        <source>liknar den befintliga överenskommelsen '%1'; skriv namnet exakt som i databasen</source>
        <translation>liknar den befintliga överenskommelsen '%1'; skriv namnet exakt som i databasen</translation>
    </message>
    <message>
        <source>i databasen</source>
        <translation>i databasen</translation>
    </message>
    <message>
        <source>%1 står två gånger som medlem i %2 för samma år (%3–%4 och %5–%6, %7)</source>
        <translation>%1 står två gånger som medlem i %2 för samma år (%3–%4 och %5–%6, %7)</translation>
    </message>
    <message>
        <source>%1 är redan medlem i %2 %3–%4 (%5); en kommun kan bara höra till en länsdel åt gången</source>
        <translation>%1 är redan medlem i %2 %3–%4 (%5); en kommun kan bara höra till en länsdel åt gången</translation>
    </message>
    <message>
        <source>%1: årsredovisningen för %2 %3 har ändrats sedan den godkändes (fingeravtrycket stämmer inte) och kommer in som inskickad.</source>
        <translation>%1: årsredovisningen för %2 %3 har ändrats sedan den godkändes (fingeravtrycket stämmer inte) och kommer in som inskickad.</translation>
    </message>
    <message>
        <source>%1: årsredovisningen för %2 %3 är godkänd i filen men kommer in som inskickad. Bara en controller kan godkänna den här.</source>
        <translation>%1: årsredovisningen för %2 %3 är godkänd i filen men kommer in som inskickad. Bara en controller kan godkänna den här.</translation>
    </message>
</context>
<context>
    <name>fhb::storage::PartyStore</name>
    <message>
        <source>Parten finns inte längre i databasen. Någon annan kan ha tagit bort den.</source>
        <translation>Parten finns inte längre i databasen. Någon annan kan ha tagit bort den.</translation>
    </message>
    <message>
        <source>Medlemmen ”%1” finns inte bland parterna. Lägg till kommunen först.</source>
        <translation>Medlemmen ”%1” finns inte bland parterna. Lägg till kommunen först.</translation>
    </message>
    <message>
        <source>En länsdel kan inte vara medlem i sig själv.</source>
        <translation>En länsdel kan inte vara medlem i sig själv.</translation>
    </message>
    <message>
        <source>%1 är inte en kommun. Bara kommuner kan vara medlemmar i en länsdel.</source>
        <translation>%1 är inte en kommun. Bara kommuner kan vara medlemmar i en länsdel.</translation>
    </message>
    <message>
        <source>Medlemskapet för %1 (%2–%3) går inte: det första året måste komma före eller vara lika med det sista, mellan 1900 och 2200.</source>
        <translation>Medlemskapet för %1 (%2–%3) går inte: det första året måste komma före eller vara lika med det sista, mellan 1900 och 2200.</translation>
    </message>
    <message>
        <source>Skriv partens namn.</source>
        <translation>Skriv partens namn.</translation>
    </message>
    <message>
        <source>Bara en länsdel kan ha medlemmar.</source>
        <translation>Bara en länsdel kan ha medlemmar.</translation>
    </message>
    <message>
        <source>Det finns redan en part som heter ”%1”. Välj ett annat namn.</source>
        <translation>Det finns redan en part som heter ”%1”. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>Parten kunde inte sparas: databasen används av ett annat program just nu. Försök igen om en stund.</source>
        <translation>Parten kunde inte sparas: databasen används av ett annat program just nu. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Skriv partens nya namn.</source>
        <translation>Skriv partens nya namn.</translation>
    </message>
    <message>
        <source>Parten kunde inte byta namn: databasen används av ett annat program just nu. Försök igen om en stund.</source>
        <translation>Parten kunde inte byta namn: databasen används av ett annat program just nu. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Parten kunde inte byta namn.</source>
        <translation>Parten kunde inte byta namn.</translation>
    </message>
    <message>
        <source>byta namn på parten</source>
        <translation>byta namn på parten</translation>
    </message>
    <message>
        <source>%1 är ingen länsdel och kan inte ha medlemmar.</source>
        <translation>%1 är ingen länsdel och kan inte ha medlemmar.</translation>
    </message>
    <message>
        <source>Medlemmarna kunde inte sparas: databasen används av ett annat program just nu. Försök igen om en stund.</source>
        <translation>Medlemmarna kunde inte sparas: databasen används av ett annat program just nu. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Partens användning kunde inte läsas.</source>
        <translation>Partens användning kunde inte läsas.</translation>
    </message>
    <message>
        <source>läsa partens användning</source>
        <translation>läsa partens användning</translation>
    </message>
    <message>
        <source>Parten kunde inte tas bort: databasen används av ett annat program just nu. Försök igen om en stund.</source>
        <translation>Parten kunde inte tas bort: databasen används av ett annat program just nu. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>1 årsredovisning</source>
        <translation>1 årsredovisning</translation>
    </message>
    <message>
        <source>%1 årsredovisningar</source>
        <translation>%1 årsredovisningar</translation>
    </message>
    <message>
        <source>1 avtal</source>
        <translation>1 avtal</translation>
    </message>
    <message>
        <source>%1 avtal</source>
        <translation>%1 avtal</translation>
    </message>
    <message>
        <source>1 åtagande i ett avtal</source>
        <translation>1 åtagande i ett avtal</translation>
    </message>
    <message>
        <source>%1 åtaganden i avtal</source>
        <translation>%1 åtaganden i avtal</translation>
    </message>
    <message>
        <source>%1 har %2</source>
        <translation>%1 har %2</translation>
    </message>
    <message>
        <source>%1 är medlem i %2</source>
        <translation>%1 är medlem i %2</translation>
    </message>
    <message>
        <source>%1 och är medlem i %2</source>
        <translation>%1 och är medlem i %2</translation>
    </message>
    <message>
        <source>%1 och kan därför inte tas bort. Ta bort eller flytta dem först, eller behåll parten.</source>
        <translation>%1 och kan därför inte tas bort. Ta bort eller flytta dem först, eller behåll parten.</translation>
    </message>
    <message>
        <source>Parten kunde inte tas bort.</source>
        <translation>Parten kunde inte tas bort.</translation>
    </message>
    <message>
        <source>ta bort parten</source>
        <translation>ta bort parten</translation>
    </message>
    <message>
        <source>%1 står två gånger som medlem för samma år (%2–%3 och %4–%5). Slå ihop medlemskapen eller välj år som inte överlappar.</source>
        <translation>%1 står två gånger som medlem för samma år (%2–%3 och %4–%5). Slå ihop medlemskapen eller välj år som inte överlappar.</translation>
    </message>
    <message>
        <source>%1 är redan medlem i %2 %3–%4. En kommun kan bara höra till en länsdel åt gången; välj år som inte överlappar.</source>
        <translation>%1 är redan medlem i %2 %3–%4. En kommun kan bara höra till en länsdel åt gången; välj år som inte överlappar.</translation>
    </message>
</context>
<context>
    <name>fhb::storage::ReportEditor</name>
    <message>
        <source>Ändringen kunde inte sparas: databasen används av ett annat program just nu. Försök igen om en stund.</source>
        <translation>Ändringen kunde inte sparas: databasen används av ett annat program just nu. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>läsa årsredovisningen</source>
        <translation>läsa årsredovisningen</translation>
    </message>
    <message>
        <source>Årsredovisningen finns inte längre i databasen. Någon annan kan ha tagit bort den.</source>
        <translation>Årsredovisningen finns inte längre i databasen. Någon annan kan ha tagit bort den.</translation>
    </message>
    <message>
        <source>Någon annan har ändrat årsredovisningen sedan du öppnade den, så din ändring sparades inte. Läs in årsredovisningen igen för att se den senaste versionen och gör sedan om ändringen.</source>
        <translation>Någon annan har ändrat årsredovisningen sedan du öppnade den, så din ändring sparades inte. Läs in årsredovisningen igen för att se den senaste versionen och gör sedan om ändringen.</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte läsas.</source>
        <translation>Årsredovisningen kunde inte läsas.</translation>
    </message>
    <message>
        <source>Årsredovisningens rader kunde inte läsas.</source>
        <translation>Årsredovisningens rader kunde inte läsas.</translation>
    </message>
    <message>
        <source>läsa årsredovisningens rader</source>
        <translation>läsa årsredovisningens rader</translation>
    </message>
    <message>
        <source>ordna raderna</source>
        <translation>ordna raderna</translation>
    </message>
    <message>
        <source>Raden kan inte läggas till där: den platsen finns inte.</source>
        <translation>Raden kan inte läggas till där: den platsen finns inte.</translation>
    </message>
    <message>
        <source>lägga till raden</source>
        <translation>lägga till raden</translation>
    </message>
    <message>
        <source>Raden finns inte längre och kan inte tas bort.</source>
        <translation>Raden finns inte längre och kan inte tas bort.</translation>
    </message>
    <message>
        <source>ta bort raden</source>
        <translation>ta bort raden</translation>
    </message>
    <message>
        <source>Raden kan inte flyttas dit: den platsen finns inte.</source>
        <translation>Raden kan inte flyttas dit: den platsen finns inte.</translation>
    </message>
    <message>
        <source>Ett belopp kan inte vara negativt.</source>
        <translation>Ett belopp kan inte vara negativt.</translation>
    </message>
    <message>
        <source>ändra utgiftsraden</source>
        <translation>ändra utgiftsraden</translation>
    </message>
    <message>
        <source>ändra intäktsraden</source>
        <translation>ändra intäktsraden</translation>
    </message>
    <message>
        <source>ändra stycket</source>
        <translation>ändra stycket</translation>
    </message>
    <message>
        <source>Perioden kan inte sluta (%1) före den börjar (%2). Ändra slutdatum eller startdatum.</source>
        <translation>Perioden kan inte sluta (%1) före den börjar (%2). Ändra slutdatum eller startdatum.</translation>
    </message>
    <message>
        <source>läsa perioden</source>
        <translation>läsa perioden</translation>
    </message>
    <message>
        <source>ändra perioden</source>
        <translation>ändra perioden</translation>
    </message>
    <message>
        <source>läsa underskriften</source>
        <translation>läsa underskriften</translation>
    </message>
    <message>
        <source>ändra underskriften</source>
        <translation>ändra underskriften</translation>
    </message>
    <message>
        <source>Året %1 kan inte användas: skriv ett år mellan 1900 och 2200.</source>
        <translation>Året %1 kan inte användas: skriv ett år mellan 1900 och 2200.</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte skapas: databasen används av ett annat program just nu. Försök igen om en stund.</source>
        <translation>Årsredovisningen kunde inte skapas: databasen används av ett annat program just nu. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>skapa årsredovisningen</source>
        <translation>skapa årsredovisningen</translation>
    </message>
    <message>
        <source>Parten ”%1” finns inte i databasen. Lägg till den under Parter först.</source>
        <translation>Parten ”%1” finns inte i databasen. Lägg till den under Parter först.</translation>
    </message>
    <message>
        <source>%1 har redan en årsredovisning för %2. Öppna den i stället.</source>
        <translation>%1 har redan en årsredovisning för %2. Öppna den i stället.</translation>
    </message>
    <message>
        <source>%1 har ingen tidigare årsredovisning att kopiera från. Skapa en tom årsredovisning i stället.</source>
        <translation>%1 har ingen tidigare årsredovisning att kopiera från. Skapa en tom årsredovisning i stället.</translation>
    </message>
    <message>
        <source>Den tidigare årsredovisningen kunde inte läsas.</source>
        <translation>Den tidigare årsredovisningen kunde inte läsas.</translation>
    </message>
    <message>
        <source>rader och belopp kopierade från %1</source>
        <translation>rader och belopp kopierade från %1</translation>
    </message>
    <message>
        <source>rader kopierade från %1, utan belopp</source>
        <translation>rader kopierade från %1, utan belopp</translation>
    </message>
    <message>
        <source>ta bort årsredovisningen</source>
        <translation>ta bort årsredovisningen</translation>
    </message>
</context>
<context>
    <name>fhb::storage::ReportStore</name>
    <message>
        <source>Årsredovisningen finns inte längre i databasen. Någon annan kan ha tagit bort den.</source>
        <translation>Årsredovisningen finns inte längre i databasen. Någon annan kan ha tagit bort den.</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte läsas.</source>
        <translation>Årsredovisningen kunde inte läsas.</translation>
    </message>
    <message>
        <source>läsa årsredovisningen</source>
        <translation>läsa årsredovisningen</translation>
    </message>
    <message>
        <source>Statusen kunde inte ändras: databasen används av ett annat program. Försök igen om en stund.</source>
        <translation>Statusen kunde inte ändras: databasen används av ett annat program. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Årsredovisningen är godkänd och därför låst. Öppna den igen (med en orsak) innan du ändrar dess status.</source>
        <translation>Årsredovisningen är godkänd och därför låst. Öppna den igen (med en orsak) innan du ändrar dess status.</translation>
    </message>
    <message>
        <source>Statusen kunde inte ändras.</source>
        <translation>Statusen kunde inte ändras.</translation>
    </message>
    <message>
        <source>ändra statusen</source>
        <translation>ändra statusen</translation>
    </message>
    <message>
        <source>Skriv varför årsredovisningen öppnas igen. Orsaken sparas i ändringsloggen.</source>
        <translation>Skriv varför årsredovisningen öppnas igen. Orsaken sparas i ändringsloggen.</translation>
    </message>
    <message>
        <source>En återöppnad årsredovisning blir utkast eller inskickad, inte godkänd.</source>
        <translation>En återöppnad årsredovisning blir utkast eller inskickad, inte godkänd.</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte öppnas igen: databasen används av ett annat program. Försök igen om en stund.</source>
        <translation>Årsredovisningen kunde inte öppnas igen: databasen används av ett annat program. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Årsredovisningen är inte godkänd (status: %1), så den behöver inte öppnas igen.</source>
        <translation>Årsredovisningen är inte godkänd (status: %1), så den behöver inte öppnas igen.</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte öppnas igen.</source>
        <translation>Årsredovisningen kunde inte öppnas igen.</translation>
    </message>
    <message>
        <source>öppna årsredovisningen igen</source>
        <translation>öppna årsredovisningen igen</translation>
    </message>
    <message>
        <source>Återöppningarna kunde inte läsas.</source>
        <translation>Återöppningarna kunde inte läsas.</translation>
    </message>
    <message>
        <source>läsa återöppningarna</source>
        <translation>läsa återöppningarna</translation>
    </message>
</context>
<context>
    <name>fhb::storage::RowWriter</name>
    <message>
        <source>Databasen kunde inte förbereda skrivningen. Kontrollera att filen är en Folkhälsobok-databas.</source>
        <translation>Databasen kunde inte förbereda skrivningen. Kontrollera att filen är en Folkhälsobok-databas.</translation>
    </message>
    <message>
        <source>spara parten</source>
        <translation>spara parten</translation>
    </message>
    <message>
        <source>spara länsdelens medlemmar</source>
        <translation>spara länsdelens medlemmar</translation>
    </message>
    <message>
        <source>spara överenskommelsen</source>
        <translation>spara överenskommelsen</translation>
    </message>
    <message>
        <source>spara årsredovisningen</source>
        <translation>spara årsredovisningen</translation>
    </message>
    <message>
        <source>spara årsredovisningens rader</source>
        <translation>spara årsredovisningens rader</translation>
    </message>
    <message>
        <source>ta bort den gamla årsredovisningen</source>
        <translation>ta bort den gamla årsredovisningen</translation>
    </message>
</context>
<context>
    <name>fhb::storage::Transaction</name>
    <message>
        <source>Ändringen kunde inte sparas: ingen transaktion pågår.</source>
        <translation>Ändringen kunde inte sparas: ingen transaktion pågår.</translation>
    </message>
    <message>
        <source>spara ändringen</source>
        <translation>spara ändringen</translation>
    </message>
</context>
<context>
    <name>fhb::storage::WriterLock</name>
    <message>
        <source>en annan användare</source>
        <translation>en annan användare</translation>
    </message>
    <message>
        <source>en annan dator</source>
        <translation>en annan dator</translation>
    </message>
    <message>
        <source>okänd tid</source>
        <translation>okänd tid</translation>
    </message>
    <message>
        <source>Databasen %1 används av %2 på %3 sedan %4. Filen har inte ändrats. Du kan öppna den skrivskyddad, eller försöka igen när %2 har stängt den.</source>
        <translation>Databasen %1 används av %2 på %3 sedan %4. Filen har inte ändrats. Du kan öppna den skrivskyddad, eller försöka igen när %2 har stängt den.</translation>
    </message>
</context>
<context>
    <name>fhb::storage::opening</name>
    <message>
        <source>Databasen är öppnad skrivskyddad. Öppna den igen utan skrivskydd för att kunna ändra något.</source>
        <translation>Databasen är öppnad skrivskyddad. Öppna den igen utan skrivskydd för att kunna ändra något.</translation>
    </message>
    <message>
        <source>Du har inte skrivrätt till filen %1, så databasen är öppnad skrivskyddad. Be filens ägare om skrivrätt, eller arbeta i en kopia av filen.</source>
        <translation>Du har inte skrivrätt till filen %1, så databasen är öppnad skrivskyddad. Be filens ägare om skrivrätt, eller arbeta i en kopia av filen.</translation>
    </message>
    <message>
        <source>Du har inte skrivrätt i mappen %1, där databasen behöver skapa tillfälliga filer, så den är öppnad skrivskyddad. Flytta filen till en mapp där du får skriva.</source>
        <translation>Du har inte skrivrätt i mappen %1, där databasen behöver skapa tillfälliga filer, så den är öppnad skrivskyddad. Flytta filen till en mapp där du får skriva.</translation>
    </message>
    <message>
        <source>Databasfilen %1 finns inte. Kontrollera sökvägen, eller skapa en ny databas.</source>
        <translation>Databasfilen %1 finns inte. Kontrollera sökvägen, eller skapa en ny databas.</translation>
    </message>
    <message>
        <source>Det finns redan en fil som heter %1. Ingen ny databas skapades och filen har inte ändrats. Välj ett annat filnamn, eller öppna den befintliga filen.</source>
        <translation>Det finns redan en fil som heter %1. Ingen ny databas skapades och filen har inte ändrats. Välj ett annat filnamn, eller öppna den befintliga filen.</translation>
    </message>
    <message>
        <source>Filen %1 är ingen Folkhälsobok-databas (%2). Filen har inte ändrats. Välj en databasfil som Folkhälsobok har skapat.</source>
        <translation>Filen %1 är ingen Folkhälsobok-databas (%2). Filen har inte ändrats. Välj en databasfil som Folkhälsobok har skapat.</translation>
    </message>
    <message>
        <source>Filen %1 är en SQLite-databas från ett annat program, inte från Folkhälsobok. Filen har inte ändrats. Välj en databasfil som Folkhälsobok har skapat.</source>
        <translation>Filen %1 är en SQLite-databas från ett annat program, inte från Folkhälsobok. Filen har inte ändrats. Välj en databasfil som Folkhälsobok har skapat.</translation>
    </message>
    <message>
        <source>Filen %1 har sparats av en nyare version av Folkhälsobok (%2). Filen har inte ändrats. Uppdatera Folkhälsobok för att kunna öppna den.</source>
        <translation>Filen %1 har sparats av en nyare version av Folkhälsobok (%2). Filen har inte ändrats. Uppdatera Folkhälsobok för att kunna öppna den.</translation>
    </message>
    <message>
        <source>Databasfilen %1 är skadad (integritetskontrollen hittade fel). Filen har inte ändrats. Återställ den från en säkerhetskopia.</source>
        <translation>Databasfilen %1 är skadad (integritetskontrollen hittade fel). Filen har inte ändrats. Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>Databasfilen %1 är låst av ett annat program som skriver i den just nu. Filen har inte ändrats. Försök igen om en stund, eller stäng det andra programmet.</source>
        <translation>Databasfilen %1 är låst av ett annat program som skriver i den just nu. Filen har inte ändrats. Försök igen om en stund, eller stäng det andra programmet.</translation>
    </message>
    <message>
        <source>Databasfilen %1 kunde inte öppnas: %2</source>
        <translation>Databasfilen %1 kunde inte öppnas: %2</translation>
    </message>
    <message>
        <source>SQLite:s hjälpfil %1 tillhör %2 och du får inte skriva i den, så databasen är öppnad skrivskyddad. Filen innehåller ändringar som ännu inte skrivits in i databasen och får inte tas bort: be %2 öppna databasen en gång för skrivning, eller be en administratör ge filen samma ägare som databasen.</source>
        <translation>SQLite:s hjälpfil %1 tillhör %2 och du får inte skriva i den, så databasen är öppnad skrivskyddad. Filen innehåller ändringar som ännu inte skrivits in i databasen och får inte tas bort: be %2 öppna databasen en gång för skrivning, eller be en administratör ge filen samma ägare som databasen.</translation>
    </message>
    <message>
        <source>SQLite:s hjälpfil %1 tillhör %2 och du får inte skriva i den, så databasen är öppnad skrivskyddad. Den lämnades troligen kvar när %2 läste databasen med ett annat program. När ingen har databasen öppen kan %2 eller en administratör ta bort filen; den innehåller inget som behövs.</source>
        <translation>SQLite:s hjälpfil %1 tillhör %2 och du får inte skriva i den, så databasen är öppnad skrivskyddad. Den lämnades troligen kvar när %2 läste databasen med ett annat program. När ingen har databasen öppen kan %2 eller en administratör ta bort filen; den innehåller inget som behövs.</translation>
    </message>
    <message>
        <source>Filen %1 har flera namn (hårda länkar). SQLite håller ändringar i en hjälpfil som hör till namnet, så två program som skriver under olika namn ser inte varandra och ändringar kan gå förlorade. Databasen är därför öppnad skrivskyddad, och det du ser kan sakna ändringar som gjorts under ett annat namn. Ta bort de andra namnen, eller gör en riktig kopia av filen, för att kunna ändra i den.</source>
        <translation>Filen %1 har flera namn (hårda länkar). SQLite håller ändringar i en hjälpfil som hör till namnet, så två program som skriver under olika namn ser inte varandra och ändringar kan gå förlorade. Databasen är därför öppnad skrivskyddad, och det du ser kan sakna ändringar som gjorts under ett annat namn. Ta bort de andra namnen, eller gör en riktig kopia av filen, för att kunna ändra i den.</translation>
    </message>
    <message>
        <source>disken är full, så SQLite kunde inte skapa eller skriva sina hjälpfiler (%1-wal, %1-shm). Filen har inte ändrats. Frigör utrymme på disken och försök igen.</source>
        <translation>disken är full, så SQLite kunde inte skapa eller skriva sina hjälpfiler (%1-wal, %1-shm). Filen har inte ändrats. Frigör utrymme på disken och försök igen.</translation>
    </message>
    <message>
        <source>ett skrivförsök i filen avbröts (programmet stängdes eller datorn stannade), och det som inte blev klart måste tas bort innan filen kan läsas. Det sker av sig självt när databasen öppnas en gång för skrivning, till exempel med kommandot check, av någon som får skriva i filen och mappen. Filen har inte ändrats.</source>
        <translation>ett skrivförsök i filen avbröts (programmet stängdes eller datorn stannade), och det som inte blev klart måste tas bort innan filen kan läsas. Det sker av sig självt när databasen öppnas en gång för skrivning, till exempel med kommandot check, av någon som får skriva i filen och mappen. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>SQLite:s hjälpfil %1 tillhör %2 och du får inte %3 den. När ingen har databasen öppen kan %2 eller en administratör ta bort den, om den är tom; annars ska %2 öppna databasen en gång för skrivning.</source>
        <translation>SQLite:s hjälpfil %1 tillhör %2 och du får inte %3 den. När ingen har databasen öppen kan %2 eller en administratör ta bort den, om den är tom; annars ska %2 öppna databasen en gång för skrivning.</translation>
    </message>
    <message>
        <source>skriva i</source>
        <translation>skriva i</translation>
    </message>
    <message>
        <source>läsa</source>
        <translation>läsa</translation>
    </message>
    <message>
        <source>du har inte läsrätt till filen. Be filens ägare om läsrätt.</source>
        <translation>du har inte läsrätt till filen. Be filens ägare om läsrätt.</translation>
    </message>
    <message>
        <source>SQLite kunde inte läsa filen (%1).</source>
        <translation>SQLite kunde inte läsa filen (%1).</translation>
    </message>
    <message>
        <source>filen har ändringar som ännu inte skrivits in i den (i %1), och de kan inte läsas här. Öppna den en gång där du får skriva, så förs ändringarna in i filen.</source>
        <translation>filen har ändringar som ännu inte skrivits in i den (i %1), och de kan inte läsas här. Öppna den en gång där du får skriva, så förs ändringarna in i filen.</translation>
    </message>
    <message>
        <source>Databasfilen %1 är skadad: den %2. Filen har inte ändrats. Återställ den från en säkerhetskopia.</source>
        <translation>Databasfilen %1 är skadad: den %2. Filen har inte ändrats. Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>Filen %1 ligger i ett skrivskyddat filsystem (en skrivskyddad enhet eller montering), så databasen är öppnad skrivskyddad. Kopiera filen till en plats där du får skriva för att kunna ändra i den.</source>
        <translation>Filen %1 ligger i ett skrivskyddat filsystem (en skrivskyddad enhet eller montering), så databasen är öppnad skrivskyddad. Kopiera filen till en plats där du får skriva för att kunna ändra i den.</translation>
    </message>
</context>
<context>
    <name>fhb::text</name>
    <message>
        <source>är för lång (%1 tecken; högst %2)</source>
        <translation>är för lång (%1 tecken; högst %2)</translation>
    </message>
    <message>
        <source>innehåller ett ensamt surrogattecken (%1), som inte är ett tecken</source>
        <translation>innehåller ett ensamt surrogattecken (%1), som inte är ett tecken</translation>
    </message>
    <message>
        <source>innehåller %1, som inte är ett tecken</source>
        <translation>innehåller %1, som inte är ett tecken</translation>
    </message>
    <message>
        <source>innehåller ett nolltecken (U+0000)</source>
        <translation>innehåller ett nolltecken (U+0000)</translation>
    </message>
    <message>
        <source>innehåller ett tecken som vänder textens riktning (%1)</source>
        <translation>innehåller ett tecken som vänder textens riktning (%1)</translation>
    </message>
    <message>
        <source>innehåller en radbrytning; skriv texten på en rad</source>
        <translation>innehåller en radbrytning; skriv texten på en rad</translation>
    </message>
    <message>
        <source>innehåller ett styrtecken (%1)</source>
        <translation>innehåller ett styrtecken (%1)</translation>
    </message>
    <message>
        <source>innehåller ett osynligt tecken (%1)</source>
        <translation>innehåller ett osynligt tecken (%1)</translation>
    </message>
    <message>
        <source>saknar synliga tecken</source>
        <translation>saknar synliga tecken</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Databasen kunde inte skapas</source>
        <translation>Databasen kunde inte skapas</translation>
    </message>
</context>
</TS>
