<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>AgreementEditor</name>
    <message>
        <source>Avtalet</source>
        <translation>The agreement</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Avtalets namn</source>
        <translation>Name of the agreement</translation>
    </message>
    <message>
        <source>&amp;Finansiär:</source>
        <translation>&amp;Funder:</translation>
    </message>
    <message>
        <source>Finansiär</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>&amp;Motpart:</source>
        <translation>&amp;Counterparty:</translation>
    </message>
    <message>
        <source>Motpart</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Första år</source>
        <translation>First year</translation>
    </message>
    <message>
        <source>Sista år</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>&amp;Beslut:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>Beslutande organ</source>
        <translation>Deciding body</translation>
    </message>
    <message>
        <source>Organ, t.ex. Regionstyrelsen</source>
        <translation>Body, e.g. Regionstyrelsen</translation>
    </message>
    <message>
        <source>Beslutsdatum</source>
        <translation>Date of decision</translation>
    </message>
    <message>
        <source>Paragraf eller diarienummer</source>
        <translation>Paragraph or record number</translation>
    </message>
    <message>
        <source>&amp;Grundersättning:</source>
        <translation>&amp;Base compensation:</translation>
    </message>
    <message>
        <source>Grundersättning för första året</source>
        <translation>Base compensation for the first year</translation>
    </message>
    <message>
        <source>Ersättningen för avtalets första år, t.ex. 1 393 038 kr. Tomt när bara fastställda belopp finns.</source>
        <translation>The compensation for the agreement&apos;s first year, e.g. 1 393 038 kr. Empty when there are only decided amounts.</translation>
    </message>
    <message>
        <source>&amp;Uppräkning:</source>
        <translation>&amp;Indexation:</translation>
    </message>
    <message>
        <source>Uppräkningssätt</source>
        <translation>Indexation mode</translation>
    </message>
    <message>
        <source>Medfinansierings&amp;grad:</source>
        <translation>Co-funding &amp;ratio:</translation>
    </message>
    <message>
        <source>Medfinansieringsgrad</source>
        <translation>Co-funding ratio</translation>
    </message>
    <message>
        <source>Motpartens egen insats som andel av ersättningen, t.ex. 100 %</source>
        <translation>The counterparty&apos;s own contribution as a share of the compensation, e.g. 100 %</translation>
    </message>
    <message>
        <source>&amp;Anteckningar:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ersättning per år</source>
        <translation>Compensation per year</translation>
    </message>
    <message>
        <source>Medlemmarnas åtaganden</source>
        <translation>Members&apos; commitments</translation>
    </message>
    <message>
        <source>Åtaganden och uppföljning</source>
        <translation>Obligations and follow-up</translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Lägg till åtagande</source>
        <translation>Add obligation</translation>
    </message>
    <message>
        <source>Lägg till ett åtagande (Insert)</source>
        <translation>Add an obligation (Insert)</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Ta bort åtagande</source>
        <translation>Remove obligation</translation>
    </message>
    <message>
        <source>Ta bort det markerade åtagandet (Delete)</source>
        <translation>Remove the selected obligation (Delete)</translation>
    </message>
    <message>
        <source>Mellanslag bockar för ett år som uppfyllt · Enter skriver en anteckning</source>
        <translation>Space ticks a year as fulfilled · Enter writes a note</translation>
    </message>
    <message>
        <source>&amp;Kommun att lägga till:</source>
        <translation>&amp;Municipality to add:</translation>
    </message>
    <message>
        <source>Kommun att lägga till ett åtagande för</source>
        <translation>Municipality to add a commitment for</translation>
    </message>
    <message>
        <source>Lägg till medlemmens åtagande</source>
        <translation>Add the member&apos;s commitment</translation>
    </message>
    <message>
        <source>Lägg till ett åtagande för kommunen och skriv beloppet per år (Insert)</source>
        <translation>Add a commitment for the municipality and type the amount per year (Insert)</translation>
    </message>
    <message>
        <source>Ta bort medlemmens åtagande</source>
        <translation>Remove the member&apos;s commitment</translation>
    </message>
</context>
<context>
    <name>AnnualReport</name>
    <message>
        <source>Utkast</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Inskickad</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Godkänd</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Regional ersättning</source>
        <translation>Regional compensation</translation>
    </message>
    <message>
        <source>Övrig intäkt</source>
        <translation>Other revenue</translation>
    </message>
    <message>
        <source>Lönekostnader</source>
        <translation>Staff costs</translation>
    </message>
    <message>
        <source>Folkhälsoinsatser</source>
        <translation>Public-health activities</translation>
    </message>
    <message>
        <source>Övrigt</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>AnnualReportEditor</name>
    <message>
        <source>Årsredovisningens status</source>
        <translation>Status of the annual report</translation>
    </message>
    <message>
        <source>Återöppna…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Öppna den godkända årsredovisningen igen för ändringar (orsaken sparas)</source>
        <translation>Open the approved annual report again for changes (the reason is recorded)</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Dölj meddelandet</source>
        <translation>Hide the message</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>Periodens första dag</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <source>Periodens sista dag</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <source>Utgifter</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <source>Lägg till utgiftsrad (Insert)</source>
        <translation>Add expense line (Insert)</translation>
    </message>
    <message>
        <source>Lägg till utgiftsrad</source>
        <translation>Add expense line</translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Ta bort utgiftsrad (Delete)</source>
        <translation>Remove expense line (Delete)</translation>
    </message>
    <message>
        <source>Ta bort utgiftsrad</source>
        <translation>Remove expense line</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Flytta upp utgiftsrad (Ctrl+Upp)</source>
        <translation>Move expense line up (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Flytta upp utgiftsrad</source>
        <translation>Move expense line up</translation>
    </message>
    <message>
        <source>Flytta upp</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Flytta ned utgiftsrad (Ctrl+Ned)</source>
        <translation>Move expense line down (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Flytta ned utgiftsrad</source>
        <translation>Move expense line down</translation>
    </message>
    <message>
        <source>Flytta ned</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Enter redigerar · Insert lägger till · Delete tar bort · Ctrl+↑/↓ flyttar</source>
        <translation>Enter edits · Insert adds · Delete removes · Ctrl+↑/↓ moves</translation>
    </message>
    <message>
        <source>Intäkter</source>
        <translation>Revenues</translation>
    </message>
    <message>
        <source>Lägg till intäktsrad (Insert)</source>
        <translation>Add revenue line (Insert)</translation>
    </message>
    <message>
        <source>Lägg till intäktsrad</source>
        <translation>Add revenue line</translation>
    </message>
    <message>
        <source>Ta bort intäktsrad (Delete)</source>
        <translation>Remove revenue line (Delete)</translation>
    </message>
    <message>
        <source>Ta bort intäktsrad</source>
        <translation>Remove revenue line</translation>
    </message>
    <message>
        <source>Flytta upp intäktsrad (Ctrl+Upp)</source>
        <translation>Move revenue line up (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Flytta upp intäktsrad</source>
        <translation>Move revenue line up</translation>
    </message>
    <message>
        <source>Flytta ned intäktsrad (Ctrl+Ned)</source>
        <translation>Move revenue line down (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Flytta ned intäktsrad</source>
        <translation>Move revenue line down</translation>
    </message>
    <message>
        <source>Berättelse och underskrift</source>
        <translation>Narrative and signature</translation>
    </message>
    <message>
        <source>Tre viktiga händelser</source>
        <translation>Three important events</translation>
    </message>
    <message>
        <source>Tre viktiga händelser under året, ett stycke var. Tre är det vanliga, men fler eller färre går att spara.</source>
        <translation>Three important events of the year, one paragraph each. Three is the norm, but more or fewer can be saved.</translation>
    </message>
    <message>
        <source>Lägg till händelse (Insert)</source>
        <translation>Add event (Insert)</translation>
    </message>
    <message>
        <source>Lägg till händelse</source>
        <translation>Add event</translation>
    </message>
    <message>
        <source>Ta bort händelse (Delete)</source>
        <translation>Remove event (Delete)</translation>
    </message>
    <message>
        <source>Ta bort händelse</source>
        <translation>Remove event</translation>
    </message>
    <message>
        <source>Flytta upp händelse (Ctrl+Upp)</source>
        <translation>Move event up (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Flytta upp händelse</source>
        <translation>Move event up</translation>
    </message>
    <message>
        <source>Flytta ned händelse (Ctrl+Ned)</source>
        <translation>Move event down (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Flytta ned händelse</source>
        <translation>Move event down</translation>
    </message>
    <message>
        <source>Enter redigerar stycket · Insert lägger till · Delete tar bort · Ctrl+↑/↓ flyttar</source>
        <translation>Enter edits the paragraph · Insert adds · Delete removes · Ctrl+↑/↓ moves</translation>
    </message>
    <message>
        <source>Personalresurser</source>
        <translation>Staff resources</translation>
    </message>
    <message>
        <source>Beskrivning av personalresurser för folkhälsoarbete, ett stycke per punkt.</source>
        <translation>Description of staff resources for public-health work, one paragraph per point.</translation>
    </message>
    <message>
        <source>Beskrivning av personalresurser för folkhälsoarbete</source>
        <translation>Description of staff resources for public-health work</translation>
    </message>
    <message>
        <source>Lägg till stycke om personalresurser (Insert)</source>
        <translation>Add paragraph on staff resources (Insert)</translation>
    </message>
    <message>
        <source>Lägg till stycke om personalresurser</source>
        <translation>Add paragraph on staff resources</translation>
    </message>
    <message>
        <source>Ta bort stycke om personalresurser (Delete)</source>
        <translation>Remove paragraph on staff resources (Delete)</translation>
    </message>
    <message>
        <source>Ta bort stycke om personalresurser</source>
        <translation>Remove paragraph on staff resources</translation>
    </message>
    <message>
        <source>Flytta upp stycke om personalresurser (Ctrl+Upp)</source>
        <translation>Move paragraph on staff resources up (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Flytta upp stycke om personalresurser</source>
        <translation>Move paragraph on staff resources up</translation>
    </message>
    <message>
        <source>Flytta ned stycke om personalresurser (Ctrl+Ned)</source>
        <translation>Move paragraph on staff resources down (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Flytta ned stycke om personalresurser</source>
        <translation>Move paragraph on staff resources down</translation>
    </message>
    <message>
        <source>Underskrift</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>På uppdrag av, &amp;namn:</source>
        <translation>On behalf of, &amp;name:</translation>
    </message>
    <message>
        <source>På uppdrag av, namn</source>
        <translation>On behalf of, name</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>På uppdrag av, titel</source>
        <translation>On behalf of, title</translation>
    </message>
    <message>
        <source>Upprättad av, n&amp;amn:</source>
        <translation>Prepared by, n&amp;ame:</translation>
    </message>
    <message>
        <source>Upprättad av, namn</source>
        <translation>Prepared by, name</translation>
    </message>
    <message>
        <source>T&amp;itel:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <source>Upprättad av, titel</source>
        <translation>Prepared by, title</translation>
    </message>
    <message>
        <source>Båda namnen behövs för att årsredovisningen ska kunna skickas in. Ändringen sparas när du lämnar fältet.</source>
        <translation>Both names are needed before the annual report can be submitted. The change is saved when you leave the field.</translation>
    </message>
    <message>
        <source>Läs in igen</source>
        <translation>Read again</translation>
    </message>
    <message>
        <source>Läs in årsredovisningen som den är sparad nu (ångra-historiken töms)</source>
        <translation>Read the annual report as it is saved now (the undo history is cleared)</translation>
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
        <translation>Export every annual report of a year</translation>
    </message>
    <message>
        <source>Skriver en PDF/A-fil per årsredovisning till mappen du väljer, med samma innehåll som när du exporterar en i taget (Arkiv → Exportera PDF…). En fil med samma namn i mappen ersätts.</source>
        <translation>Writes one PDF/A file per annual report to the folder you choose, with the same content as when you export one at a time (File → Export PDF…). A file with the same name in the folder is replaced.</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Årsredovisningar:</source>
        <translation>Annual reports:</translation>
    </message>
    <message>
        <source>A&amp;lla (de som inte är godkända får vattenstämpeln UTKAST)</source>
        <translation>A&amp;ll (those not approved get the watermark DRAFT)</translation>
    </message>
    <message>
        <source>Endast &amp;godkända</source>
        <translation>Only &amp;approved</translation>
    </message>
    <message>
        <source>&amp;Mapp:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Mapp för PDF-filerna</source>
        <translation>Folder for the PDF files</translation>
    </message>
    <message>
        <source>&amp;Välj…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Välj mappen som PDF-filerna skrivs till</source>
        <translation>Choose the folder the PDF files are written to</translation>
    </message>
    <message>
        <source>Vad som skrevs och vad som inte skrevs</source>
        <translation>What was written and what was not</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Fel</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Varning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Utgiftsrad %1 (%2) har ett negativt belopp.</source>
        <translation>Expense line %1 (%2) has a negative amount.</translation>
    </message>
    <message>
        <source>Intäktsrad %1 (%2) har ett negativt belopp.</source>
        <translation>Revenue line %1 (%2) has a negative amount.</translation>
    </message>
    <message>
        <source>Summan av raderna är för stor för att räknas säkert.</source>
        <translation>The sum of the lines is too large to be computed safely.</translation>
    </message>
    <message>
        <source>Rapporten har ingen utgiftsrad. Lägg till minst en utgift innan den skickas in.</source>
        <translation>The report has no expense line. Add at least one expense before it is submitted.</translation>
    </message>
    <message>
        <source>Rapportens period saknar start- eller slutdatum.</source>
        <translation>The report&apos;s period lacks a start or end date.</translation>
    </message>
    <message>
        <source>Perioden börjar (%1) efter att den slutar (%2).</source>
        <translation>The period starts (%1) after it ends (%2).</translation>
    </message>
    <message>
        <source>Perioden %1 – %2 ligger inte inom år %3.</source>
        <translation>The period %1 – %2 is not within the year %3.</translation>
    </message>
    <message>
        <source>Underskrift saknas: ange både &quot;På uppdrag av&quot; och vem som har upprättat rapporten.</source>
        <translation>Signature missing: give both &quot;On behalf of&quot; and who prepared the report.</translation>
    </message>
    <message>
        <source>Färre än tre viktiga händelser (%1 angivna).</source>
        <translation>Fewer than three important events (%1 given).</translation>
    </message>
    <message>
        <source>Redovisad ersättning från regionen (%1) skiljer sig från avtalets ersättning för %2 (%3)%4.</source>
        <translation>Reported compensation from the region (%1) differs from the agreement&apos;s compensation for %2 (%3)%4.</translation>
    </message>
    <message>
        <source>, preliminär</source>
        <translation>, preliminary</translation>
    </message>
    <message>
        <source>%1 %2: beloppen är för stora för att räknas (högst %3 per rapport); saldot kan inte visas. Kontrollera rapporternas rader.</source>
        <translation>%1 %2: the amounts are too large to count (at most %3 per report); the balance cannot be shown. Check the reports&apos; lines.</translation>
    </message>
    <message>
        <source>%1 saknar årsredovisning för %2 (avtal %3).</source>
        <translation>%1 has no annual report for %2 (agreement %3).</translation>
    </message>
    <message>
        <source>%1 %2: insatsen %3 når inte kravet %4; det fattas %5.</source>
        <translation>%1 %2: the contribution %3 does not reach the requirement %4; %5 is missing.</translation>
    </message>
    <message>
        <source>Åtagandet &quot;%1&quot; är inte markerat som uppfyllt för %2 (avtal %3).</source>
        <translation>The obligation &quot;%1&quot; is not marked as fulfilled for %2 (agreement %3).</translation>
    </message>
</context>
<context>
    <name>CofundingBalance</name>
    <message>
        <source>Beloppen är för stora</source>
        <translation>Amounts too large</translation>
    </message>
    <message>
        <source>Uppfyller kravet</source>
        <translation>Meets the requirement</translation>
    </message>
    <message>
        <source>Under kravet</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>Rapport saknas</source>
        <translation>Report missing</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Standard ut kunde inte skrivas: %1. Utdata är ofullständiga.</source>
        <translation>Standard output could not be written: %1. The output is incomplete.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Ändringsloggen kunde inte skrivas.</source>
        <translation>The change log could not be written.</translation>
    </message>
    <message>
        <source>skriva ändringsloggen</source>
        <translation>write the change log</translation>
    </message>
    <message>
        <source>Ändringsloggen kunde inte läsas.</source>
        <translation>The change log could not be read.</translation>
    </message>
    <message>
        <source>läsa ändringsloggen</source>
        <translation>read the change log</translation>
    </message>
    <message>
        <source>läsa databasen</source>
        <translation>read the database</translation>
    </message>
    <message>
        <source>Parten &apos;%1&apos; finns inte i databasen. Kontrollera namnet.</source>
        <translation>The party &apos;%1&apos; is not in the database. Check the name.</translation>
    </message>
    <message>
        <source>Årsredovisningen är godkänd och därför låst: varken den eller dess rader kan ändras. Be en controller att öppna den igen (med en orsak) om något måste rättas.</source>
        <translation>The annual report is approved and therefore locked: neither it nor its lines can be changed. Ask a controller to reopen it (with a reason) if something must be corrected.</translation>
    </message>
    <message>
        <source>Kunde inte %1: databasen används av ett annat program just nu. Försök igen om en stund.</source>
        <translation>Could not %1: another program is using the database right now. Try again in a moment.</translation>
    </message>
    <message>
        <source>Kunde inte %1: databasen är skrivskyddad. Öppna en kopia som du får skriva i.</source>
        <translation>Could not %1: the database is read-only. Open a copy you are allowed to write to.</translation>
    </message>
    <message>
        <source>Kunde inte %1: databasen avvisade ändringen. Ingenting har sparats. Kontrollera uppgifterna eller kör en kontroll av databasen.</source>
        <translation>Could not %1: the database refused the change. Nothing has been saved. Check the details or run a check of the database.</translation>
    </message>
    <message>
        <source>Kunde inte %1: databasfilen kunde inte skrivas, troligen för att disken är full. Ingenting har sparats och det som redan fanns i databasen är oförändrat. Frigör utrymme på disken och försök igen.</source>
        <translation>Could not %1: the database file could not be written, probably because the disk is full. Nothing has been saved and what was already in the database is unchanged. Free space on the disk and try again.</translation>
    </message>
    <message>
        <source>kedja ändringsloggen</source>
        <translation>chain the change log</translation>
    </message>
    <message>
        <source>Kunde inte %1: en kommun kan bara vara medlem i en länsdel åt gången, och bara en gång per år. Ingenting har sparats.</source>
        <translation>Could not %1: a municipality can be a member of one county part at a time, and only once per year. Nothing has been saved.</translation>
    </message>
    <message>
        <source>Parten finns inte längre i databasen. Någon annan kan ha tagit bort den.</source>
        <translation>The party is no longer in the database. Someone else may have deleted it.</translation>
    </message>
    <message>
        <source>Avtalet finns inte längre i databasen. Någon annan kan ha tagit bort det.</source>
        <translation>The agreement is no longer in the database. Someone else may have deleted it.</translation>
    </message>
    <message>
        <source>Årsredovisningen finns inte längre i databasen. Någon annan kan ha tagit bort den.</source>
        <translation>The annual report is no longer in the database. Someone else may have deleted it.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Demodata saknas i programmet (:/demo/demo.json).</source>
        <translation>The demo data is missing from the program (:/demo/demo.json).</translation>
    </message>
    <message>
        <source>Demodata i programmet är ogiltiga: %1</source>
        <translation>The demo data in the program is invalid: %1</translation>
    </message>
    <message>
        <source>Demodata kunde inte läsas in: %1</source>
        <translation>The demo data could not be loaded: %1</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <source>Användarhandbok</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>ImportCsvCommand</name>
    <message>
        <source>--encoding ska vara utf-8 eller windows-1252 (fick &quot;%1&quot;).</source>
        <translation>--encoding must be utf-8 or windows-1252 (got &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>--separator ska vara &apos;;&apos;, &apos;,&apos; eller tab (fick &quot;%1&quot;).</source>
        <translation>--separator must be &apos;;&apos;, &apos;,&apos; or tab (got &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Ange antingen --header eller --no-header, inte båda.</source>
        <translation>Give either --header or --no-header, not both.</translation>
    </message>
    <message>
        <source>rubrikrad: %1</source>
        <translation>header row: %1</translation>
    </message>
    <message>
        <source>ingen rubrikrad</source>
        <translation>no header row</translation>
    </message>
    <message>
        <source>Läste %1: %2 rader, summa %3 (teckenkodning %4%5, avgränsare %6, %7).</source>
        <translation>Read %1: %2 rows, total %3 (encoding %4%5, separator %6, %7).</translation>
    </message>
    <message>
        <source> med BOM</source>
        <translation> with BOM</translation>
    </message>
    <message>
        <source>%1 kan inte importeras: %2 Ingenting har ändrats.</source>
        <translation>%1 cannot be imported: %2 Nothing has been changed.</translation>
    </message>
    <message>
        <source>rad %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>Ingenting importerades: %1 av %2 rader har fel. Rätta raderna och försök igen.</source>
        <translation>Nothing was imported: %1 of %2 rows have errors. Correct the rows and try again.</translation>
    </message>
    <message>
        <source>rad %1: %2 · %3%4</source>
        <translation>row %1: %2 · %3%4</translation>
    </message>
    <message>
        <source>Provkörning: %1 rader (%2) skulle läggas till i årsredovisningen %3 för %4 (utkast). Ingenting har skrivits.</source>
        <translation>Dry run: %1 rows (%2) would be added to the annual report %3 for %4 (draft). Nothing has been written.</translation>
    </message>
    <message>
        <source>Provkörning: %1 rader (%2) skulle läggas till i en ny årsredovisning %3 för %4. Ingenting har skrivits.</source>
        <translation>Dry run: %1 rows (%2) would be added to a new annual report %3 for %4. Nothing has been written.</translation>
    </message>
    <message>
        <source>Ange både --party NAMN och --year ÅR: raderna läggs i den partens årsredovisning för det året.</source>
        <translation>Give both --party NAME and --year YEAR: the rows go into that party&apos;s annual report for that year.</translation>
    </message>
    <message>
        <source>Filen %1 går inte att läsa. Kontrollera att du har behörighet till den.</source>
        <translation>The file %1 cannot be read. Check that you have permission to read it.</translation>
    </message>
    <message>
        <source>Filen %1 finns inte. Kontrollera namnet och mappen.</source>
        <translation>The file %1 does not exist. Check the name and the folder.</translation>
    </message>
    <message>
        <source>Ingenting importerades: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Importerade %1 rader (%2) till en ny årsredovisning %3 för %4 (utkast).</source>
        <translation>Imported %1 rows (%2) into a new annual report %3 for %4 (draft).</translation>
    </message>
    <message>
        <source>Importerade %1 rader (%2) till årsredovisningen %3 för %4 (utkast).</source>
        <translation>Imported %1 rows (%2) into the annual report %3 for %4 (draft).</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>Filen har ändrats utanför Folkhälsobok: %1</source>
        <translation>The file has been changed outside Folkhälsobok: %1</translation>
    </message>
    <message>
        <source>läsa databasens triggrar</source>
        <translation>read the database&apos;s triggers</translation>
    </message>
    <message>
        <source>triggern %1 hör inte till programmets schema.</source>
        <translation>the trigger %1 is not part of the program&apos;s schema.</translation>
    </message>
    <message>
        <source>triggern %1 har en annan text än programmets schema.</source>
        <translation>the trigger %1 has another text than the program&apos;s schema.</translation>
    </message>
    <message>
        <source>triggern %1 saknas, så spärrarna för godkända årsredovisningar och ändringsloggen gäller inte längre.</source>
        <translation>the trigger %1 is missing, so the locks on approved annual reports and the change log no longer hold.</translation>
    </message>
    <message>
        <source>läsa ändringsloggen</source>
        <translation>read the change log</translation>
    </message>
    <message>
        <source>ändringsloggens rad %1 (%2, %3 %4) stämmer inte med kedjan av kontrollsummor: raden eller raden före den har ändrats, tagits bort eller lagts till.</source>
        <translation>row %1 of the change log (%2, %3 %4) does not match the chain of checksums: the row or the row before it has been changed, removed or added.</translation>
    </message>
    <message>
        <source>ytterligare %1 rader i ändringsloggen stämmer inte med kedjan.</source>
        <translation>%1 more rows of the change log do not match the chain.</translation>
    </message>
    <message>
        <source>läsa godkännandena</source>
        <translation>read the approvals</translation>
    </message>
    <message>
        <source>årsredovisningen för %1 är godkänd, men godkännandet finns inte registrerat.</source>
        <translation>the annual report for %1 is approved, but its approval is not recorded.</translation>
    </message>
    <message>
        <source>årsredovisningen för %1 har ändrats efter godkännandet (radversionen stämmer inte).</source>
        <translation>the annual report for %1 has been changed after its approval (the row version does not match).</translation>
    </message>
    <message>
        <source>Godkännandenas fingeravtryck kan inte kontrolleras av det här programmet.</source>
        <translation>This program cannot verify the approvals&apos; fingerprints.</translation>
    </message>
    <message>
        <source>årsredovisningen för %1 stämmer inte längre med fingeravtrycket från godkännandet (SHA-256 %2, nu %3).</source>
        <translation>the annual report for %1 no longer matches the fingerprint of its approval (SHA-256 %2, now %3).</translation>
    </message>
    <message>
        <source>läsa återöppningarna</source>
        <translation>read the reopenings</translation>
    </message>
    <message>
        <source>återöppningen av årsredovisningen för %1 %2 (%3, av %4) finns inte i ändringsloggen.</source>
        <translation>the reopening of the annual report for %1 %2 (%3, by %4) is not in the change log.</translation>
    </message>
    <message>
        <source>läsa länsdelarnas medlemmar</source>
        <translation>read the county parts&apos; members</translation>
    </message>
    <message>
        <source>%1 står två gånger som medlem i %2 för samma år (%3–%4 och %5–%6). Saldot räknar rapporten en gång; ta bort det ena medlemskapet under Parter.</source>
        <translation>%1 is listed twice as a member of %2 for the same year (%3–%4 and %5–%6). The balance counts the report once; remove one of the memberships under Parties.</translation>
    </message>
    <message>
        <source>%1 är medlem i både %2 (%3–%4) och %5 (%6–%7) samma år, så dess rapport räknas för båda länsdelarna. En kommun kan bara höra till en länsdel åt gången; ändra medlemskapen under Parter.</source>
        <translation>%1 is a member of both %2 (%3–%4) and %5 (%6–%7) in the same year, so its report counts for both county parts. A municipality can belong to one county part at a time; change the memberships under Parties.</translation>
    </message>
    <message>
        <source>kontrollera databasfilens integritet</source>
        <translation>check the integrity of the database file</translation>
    </message>
    <message>
        <source>Databasfilen är skadad (SQLite: %1). Återställ den från en säkerhetskopia.</source>
        <translation>The database file is corrupt (SQLite: %1). Restore it from a backup.</translation>
    </message>
    <message>
        <source>kontrollera databasens referenser</source>
        <translation>check the references of the database</translation>
    </message>
    <message>
        <source>En rad i tabellen %1 pekar på en rad som inte finns i %2. Återställ databasen från en säkerhetskopia.</source>
        <translation>A row in the table %1 points to a row that does not exist in %2. Restore the database from a backup.</translation>
    </message>
</context>
<context>
    <name>LedgerCsvReader</name>
    <message>
        <source>semikolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>komma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>tabb</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Filen har fler än %1 rader. Dela upp den i mindre filer.</source>
        <translation>The file has more than %1 rows. Split it into smaller files.</translation>
    </message>
    <message>
        <source>Rubrikraden (rad %1) innehåller tecken som inte kan läsas som %2. Välj en annan teckenkodning.</source>
        <translation>The header row (row %1) contains characters that cannot be read as %2. Choose another encoding.</translation>
    </message>
    <message>
        <source>Filen har bara en rubrikrad och inga rader att importera.</source>
        <translation>The file has only a header row and no rows to import.</translation>
    </message>
    <message>
        <source>Filen innehåller inga rader att importera.</source>
        <translation>The file contains no rows to import.</translation>
    </message>
    <message>
        <source>Filen är %1 MB; en huvudboksfil får vara högst %2 MB. Dela upp den i mindre filer.</source>
        <translation>The file is %1 MB; a ledger file may be at most %2 MB. Split it into smaller files.</translation>
    </message>
    <message>
        <source>Filen är sparad som UTF-16 (Unicode-text). Spara den i stället som CSV med semikolon, i UTF-8 eller Windows-1252.</source>
        <translation>The file is saved as UTF-16 (Unicode text). Save it as CSV with semicolons instead, in UTF-8 or Windows-1252.</translation>
    </message>
    <message>
        <source>Filen är tom.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Kolumnvalet går inte att använda: välj kolumner mellan 1 och %1.</source>
        <translation>The column choice cannot be used: choose columns between 1 and %1.</translation>
    </message>
    <message>
        <source>Kategori, belopp och fotnot måste läsas från olika kolumner.</source>
        <translation>Category, amount and footnote must be read from different columns.</translation>
    </message>
    <message>
        <source>Citattecknet som börjar på raden avslutas aldrig, så resten av filen lästes som en enda cell. Kontrollera citattecknen.</source>
        <translation>The quotation mark that starts on the row is never closed, so the rest of the file was read as a single cell. Check the quotation marks.</translation>
    </message>
    <message>
        <source>Raden har fler än %1 kolumner.</source>
        <translation>The row has more than %1 columns.</translation>
    </message>
    <message>
        <source>Raden har 1 kolumn men behöver minst %1: kategori och belopp (avgränsare: %2).</source>
        <translation>The row has 1 column but needs at least %1: category and amount (separator: %2).</translation>
    </message>
    <message>
        <source>Raden har %1 kolumner men behöver minst %2: kategori och belopp (avgränsare: %3).</source>
        <translation>The row has %1 columns but needs at least %2: category and amount (separator: %3).</translation>
    </message>
    <message>
        <source>Kategorin</source>
        <translation>The category</translation>
    </message>
    <message>
        <source>Kategorin är tom. Varje rad behöver en kategori, till exempel Lönekostnader.</source>
        <translation>The category is empty. Every row needs a category, for example Staff costs.</translation>
    </message>
    <message>
        <source>Fotnoten</source>
        <translation>The footnote</translation>
    </message>
    <message>
        <source>%1 är för lång (%2 tecken; högst %3).</source>
        <translation>%1 is too long (%2 characters; at most %3).</translation>
    </message>
    <message>
        <source>%1 innehåller tecken som inte kan läsas som %2. Välj en annan teckenkodning.</source>
        <translation>%1 contains characters that cannot be read as %2. Choose another encoding.</translation>
    </message>
    <message>
        <source>%1 innehåller en radbrytning; skriv den på en rad.</source>
        <translation>%1 contains a line break; write it on one line.</translation>
    </message>
    <message>
        <source>%1 innehåller ett styrtecken (%2) som inte hör hemma i en text.</source>
        <translation>%1 contains a control character (%2) that does not belong in text.</translation>
    </message>
    <message>
        <source>Summan av beloppen i filen är för stor för att kunna stämma. Kontrollera beloppskolumnen.</source>
        <translation>The sum of the amounts in the file is too large to be correct. Check the amount column.</translation>
    </message>
    <message>
        <source>Kolumn %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>Filen är sparad som UTF-8, men rad %1 är sparad i en annan teckenkodning (troligen Windows-1252). Spara om filen i en enda teckenkodning, eller välj teckenkodning själv.</source>
        <translation>The file is saved as UTF-8, but line %1 is saved in another encoding (probably Windows-1252). Save the file again in a single encoding, or choose the encoding yourself.</translation>
    </message>
    <message>
        <source>Raden innehåller semikolon, men filen läses med %1 som avgränsare; raden kommer troligen från en annan fil. Sätt citattecken runt texten eller rätta raden.</source>
        <translation>The row contains a semicolon, but the file is read with %1 as the separator; the row probably comes from another file. Put quotes around the text or correct the row.</translation>
    </message>
</context>
<context>
    <name>LedgerImport</name>
    <message>
        <source>Parten ”%1” finns inte i databasen. Skriv namnet exakt som under Parter: %2.</source>
        <translation>The party “%1” is not in the database. Type the name exactly as under Parties: %2.</translation>
    </message>
    <message>
        <source>(inga parter ännu)</source>
        <translation>(no parties yet)</translation>
    </message>
    <message>
        <source>%1 är finansiär och lämnar ingen årsredovisning. Välj den kommun, länsdel eller organisation som huvudboken gäller.</source>
        <translation>%1 is a funder and does not submit an annual report. Choose the municipality, county part or organisation that the ledger belongs to.</translation>
    </message>
    <message>
        <source>Året %1 kan inte användas: skriv ett år mellan 1900 och 2200.</source>
        <translation>The year %1 cannot be used: type a year between 1900 and 2200.</translation>
    </message>
    <message>
        <source>Årsredovisningen %1 för %2 är %3, så inga rader kan läggas till. Rader importeras bara till ett utkast; be den som godkänner att återöppna årsredovisningen först.</source>
        <translation>The annual report %1 for %2 is %3, so no rows can be added. Rows are only imported into a draft; ask the approver to reopen the annual report first.</translation>
    </message>
    <message>
        <source>Årsredovisningen är %1, så inga rader kan läggas till. Rader importeras bara till ett utkast.</source>
        <translation>The annual report is %1, so no rows can be added. Rows are only imported into a draft.</translation>
    </message>
    <message>
        <source>Det finns inga rader att importera.</source>
        <translation>There are no rows to import.</translation>
    </message>
</context>
<context>
    <name>LedgerImportWizard</name>
    <message>
        <source>Importera från huvudbok</source>
        <translation>Import from ledger</translation>
    </message>
    <message>
        <source>Välj fil och årsredovisning</source>
        <translation>Choose file and annual report</translation>
    </message>
    <message>
        <source>Välj huvudbokens CSV-fil och den årsredovisning som raderna ska läggas i.</source>
        <translation>Choose the ledger&apos;s CSV file and the annual report the rows are to go into.</translation>
    </message>
    <message>
        <source>&amp;Fil:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>huvudbok.csv</source>
        <translation>ledger.csv</translation>
    </message>
    <message>
        <source>&amp;Bläddra…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Party:</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Filens format</source>
        <translation>File format</translation>
    </message>
    <message>
        <source>Så här lästes filen. Ändra om något blev fel: raderna läses om direkt.</source>
        <translation>This is how the file was read. Change anything that went wrong: the rows are read again straight away.</translation>
    </message>
    <message>
        <source>&amp;Teckenkodning:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Teckenkodning</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>&amp;Avgränsare:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>Avgränsare</source>
        <translation>Separator</translation>
    </message>
    <message>
        <source>Första raden är en &amp;rubrikrad</source>
        <translation>The first row is a &amp;header row</translation>
    </message>
    <message>
        <source>Så delas filens första rader upp i &amp;kolumner:</source>
        <translation>This is how the first rows of the file are split into co&amp;lumns:</translation>
    </message>
    <message>
        <source>Filens första rader</source>
        <translation>First rows of the file</translation>
    </message>
    <message>
        <source>Kolumner</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Välj vilka kolumner som innehåller kategori, belopp och fotnot.</source>
        <translation>Choose which columns contain the category, amount and footnote.</translation>
    </message>
    <message>
        <source>&amp;Kategori:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>Kolumn för kategori</source>
        <translation>Column for category</translation>
    </message>
    <message>
        <source>&amp;Belopp:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>Kolumn för belopp</source>
        <translation>Column for amount</translation>
    </message>
    <message>
        <source>&amp;Fotnot:</source>
        <translation>&amp;Footnote:</translation>
    </message>
    <message>
        <source>Kolumn för fotnot</source>
        <translation>Column for footnote</translation>
    </message>
    <message>
        <source>Förhandsvisning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Kontrollera raderna. Ingenting importeras så länge någon rad har fel.</source>
        <translation>Check the rows. Nothing is imported as long as any row has an error.</translation>
    </message>
    <message>
        <source>Raderna i filen</source>
        <translation>Rows in the file</translation>
    </message>
    <message>
        <source>&amp;Läs in filen igen</source>
        <translation>&amp;Reload the file</translation>
    </message>
    <message>
        <source>Läs filen på nytt, till exempel efter att du rättat den i Excel</source>
        <translation>Read the file again, for example after you have corrected it in Excel</translation>
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
        <translation>Open documents</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Öppna &amp;senaste</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Visa</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>&amp;Ny databas…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>Skapa en ny, tom databasfil</source>
        <translation>Create a new, empty database file</translation>
    </message>
    <message>
        <source>&amp;Öppna…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Öppna en befintlig databasfil</source>
        <translation>Open an existing database file</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ö&amp;versikt</source>
        <translation>O&amp;verview</translation>
    </message>
    <message>
        <source>Visa översikten över medfinansieringen</source>
        <translation>Show the co-funding overview</translation>
    </message>
    <message>
        <source>&amp;Om Folkhälsobok</source>
        <translation>&amp;About Folkhälsobok</translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Verktygsfält</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Kontroller</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Ny å&amp;rsredovisning…</source>
        <translation>New annual &amp;report…</translation>
    </message>
    <message>
        <source>Ny rapport</source>
        <translation>New report</translation>
    </message>
    <message>
        <source>Skapa en årsredovisning för en part och ett år (Ctrl+Skift+N)</source>
        <translation>Create an annual report for a party and a year (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Skicka in</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <source>Skicka in årsredovisningen (går bara när inga fel återstår)</source>
        <translation>Submit the annual report (only possible when no errors remain)</translation>
    </message>
    <message>
        <source>&amp;Godkänn…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>Godkänn</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Godkänn och lås årsredovisningen</source>
        <translation>Approve and lock the annual report</translation>
    </message>
    <message>
        <source>Åte&amp;röppna…</source>
        <translation>&amp;Reopen…</translation>
    </message>
    <message>
        <source>Återöppna</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Öppna en godkänd årsredovisning igen (orsaken sparas)</source>
        <translation>Open an approved annual report again (the reason is recorded)</translation>
    </message>
    <message>
        <source>&amp;Inställningar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Programmets språk</source>
        <translation>Language of the program</translation>
    </message>
    <message>
        <source>&amp;Användarhandbok</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>Visa användarhandboken för det du ser nu (F1)</source>
        <translation>Show the user guide for what you see now (F1)</translation>
    </message>
    <message>
        <source>&amp;Parter…</source>
        <translation>&amp;Parties…</translation>
    </message>
    <message>
        <source>Finansiärer, kommuner, länsdelar och organisationer</source>
        <translation>Funders, municipalities, county parts and organisations</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Procentsatsen &apos;%1&apos; kunde inte tolkas. Skriv till exempel 3,10 % eller 100.</source>
        <translation>The percentage &apos;%1&apos; could not be understood. Write for example 3.10 % or 100.</translation>
    </message>
    <message>
        <source>Procentsatsen &apos;%1&apos; har fler än två decimaler.</source>
        <translation>The percentage &apos;%1&apos; has more than two decimals.</translation>
    </message>
    <message>
        <source>Skriv till exempel 3 434 000, 145 tkr eller 1 393 038,50.</source>
        <translation>Write for example 3 434 000, 145 tkr or 1 393 038,50.</translation>
    </message>
    <message>
        <source>Beloppet är tomt.</source>
        <translation>The amount is empty.</translation>
    </message>
    <message>
        <source>Beloppet &apos;%1&apos; saknar siffror.</source>
        <translation>The amount &apos;%1&apos; has no digits.</translation>
    </message>
    <message>
        <source>Beloppet &apos;%1&apos; har ett mellanslag efter decimaltecknet.</source>
        <translation>The amount &apos;%1&apos; has a space after the decimal sign.</translation>
    </message>
    <message>
        <source>Beloppet &apos;%1&apos; har mer än ett decimaltecken.</source>
        <translation>The amount &apos;%1&apos; has more than one decimal sign.</translation>
    </message>
    <message>
        <source>Beloppet &apos;%1&apos;: minustecknet måste stå först.</source>
        <translation>The amount &apos;%1&apos;: the minus sign must come first.</translation>
    </message>
    <message>
        <source>Beloppet &apos;%1&apos; kunde inte tolkas: tecknet &apos;%2&apos; hör inte till ett belopp.</source>
        <translation>The amount &apos;%1&apos; could not be understood: the character &apos;%2&apos; does not belong in an amount.</translation>
    </message>
    <message>
        <source>Beloppet &apos;%1&apos; har siffror grupperade på ett oväntat sätt; tusental skrivs i grupper om tre.</source>
        <translation>The amount &apos;%1&apos; has its digits grouped in an unexpected way; thousands are written in groups of three.</translation>
    </message>
    <message>
        <source>Beloppet &apos;%1&apos; har inga siffror efter decimaltecknet.</source>
        <translation>The amount &apos;%1&apos; has no digits after the decimal sign.</translation>
    </message>
    <message>
        <source>Beloppet &apos;%1&apos; är tvetydigt: tre siffror efter kommat kan vara tusental (%2 %3) eller decimaler (%2,%4). Skriv det utan komma eller med två decimaler.</source>
        <translation>The amount &apos;%1&apos; is ambiguous: three digits after the comma may be thousands (%2 %3) or decimals (%2,%4). Write it without a comma or with two decimals.</translation>
    </message>
    <message>
        <source>Beloppet &apos;%1&apos; är för stort.</source>
        <translation>The amount &apos;%1&apos; is too large.</translation>
    </message>
    <message>
        <source>Beloppet &apos;%1&apos; har fler decimaler än hela ören.</source>
        <translation>The amount &apos;%1&apos; has more decimals than whole öre.</translation>
    </message>
    <message>
        <source>Beloppet &apos;%1&apos; är negativt; här anges belopp som noll eller mer.</source>
        <translation>The amount &apos;%1&apos; is negative; amounts here are zero or more.</translation>
    </message>
</context>
<context>
    <name>NewReportDialog</name>
    <message>
        <source>Ny årsredovisning</source>
        <translation>New annual report</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>&amp;Party:</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>&amp;År:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Innehåll</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>&amp;Tom årsredovisning</source>
        <translation>&amp;Empty annual report</translation>
    </message>
    <message>
        <source>&amp;Kopiera rader och kategorier från föregående år, utan belopp</source>
        <translation>&amp;Copy lines and categories from the previous year, without amounts</translation>
    </message>
    <message>
        <source>Kopiera rader och kategorier från föregående år, &amp;med belopp</source>
        <translation>Copy lines and categories from the previous year, &amp;with amounts</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>disken är full. Frigör utrymme och försök igen</source>
        <translation>the disk is full. Free some space and try again</translation>
    </message>
    <message>
        <source>du får inte skriva i mappen %1. Kontrollera behörigheten eller välj en annan mapp</source>
        <translation>you may not write in the folder %1. Check the permissions or choose another folder</translation>
    </message>
    <message>
        <source>mappen %1 ligger på en skrivskyddad disk</source>
        <translation>the folder %1 is on a read-only disk</translation>
    </message>
    <message>
        <source>mappen %1 finns inte. Kontrollera sökvägen</source>
        <translation>the folder %1 does not exist. Check the path</translation>
    </message>
    <message>
        <source>en del av sökvägen %1 är inte en mapp</source>
        <translation>part of the path %1 is not a folder</translation>
    </message>
    <message>
        <source>namnet är för långt för filsystemet</source>
        <translation>the name is too long for the file system</translation>
    </message>
    <message>
        <source>det är en mapp</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>Filen %1</source>
        <translation>The file %1</translation>
    </message>
    <message>
        <source>%1 kunde inte skrivas: %2. En tidigare fil med samma namn är orörd.</source>
        <translation>%1 could not be written: %2. An earlier file with the same name is untouched.</translation>
    </message>
    <message>
        <source>%1 kunde inte skrivas: %2. Ingenting har ändrats.</source>
        <translation>%1 could not be written: %2. Nothing has been changed.</translation>
    </message>
    <message>
        <source>det är en symbolisk länk, som en export aldrig följer</source>
        <translation>it is a symbolic link, which an export never follows</translation>
    </message>
    <message>
        <source>det är ingen vanlig fil (utan en enhet, en namngiven pipe eller en socket), och en export ersätter den inte</source>
        <translation>it is not a regular file (but a device, a named pipe or a socket), and an export does not replace it</translation>
    </message>
    <message>
        <source>filen finns redan. Ange ett nytt filnamn</source>
        <translation>the file already exists. Give a new file name</translation>
    </message>
    <message>
        <source>det är en databas eller en av databasens egna filer, och den skrivs aldrig över. Välj ett annat filnamn</source>
        <translation>it is a database or one of the database&apos;s own files, and it is never overwritten. Choose another file name</translation>
    </message>
    <message>
        <source>den hör till databasen %1 och skrivs aldrig över. Välj ett annat filnamn</source>
        <translation>it belongs to the database %1 and is never overwritten. Choose another file name</translation>
    </message>
    <message>
        <source>%1 kunde inte skrivas: %2. Ingen fil har skapats.</source>
        <translation>%1 could not be written: %2. No file has been made.</translation>
    </message>
</context>
<context>
    <name>OverviewFilter</name>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Endast underskott</source>
        <translation>Shortfalls only</translation>
    </message>
    <message>
        <source>Endast saknade rapporter</source>
        <translation>Missing reports only</translation>
    </message>
    <message>
        <source>Alla avtal</source>
        <translation>All agreements</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Medfinansiering per avtal och år</source>
        <translation>Co-funding per agreement and year</translation>
    </message>
    <message>
        <source>Från &amp;år</source>
        <translation>From &amp;year</translation>
    </message>
    <message>
        <source>Från år</source>
        <translation>From year</translation>
    </message>
    <message>
        <source>Det första året som visas</source>
        <translation>The first year shown</translation>
    </message>
    <message>
        <source>&amp;Till år</source>
        <translation>&amp;To year</translation>
    </message>
    <message>
        <source>Till år</source>
        <translation>To year</translation>
    </message>
    <message>
        <source>Det sista året som visas; meningen överst gäller det året</source>
        <translation>The last year shown; the sentence at the top applies to that year</translation>
    </message>
    <message>
        <source>&amp;Delregion</source>
        <translation>&amp;Sub-region</translation>
    </message>
    <message>
        <source>Delregion</source>
        <translation>Sub-region</translation>
    </message>
    <message>
        <source>Alla avtal, eller bara en länsdels avtal med dess medlemskommuner</source>
        <translation>All agreements, or only one county part&apos;s agreements with its member municipalities</translation>
    </message>
    <message>
        <source>Vi&amp;sa</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Alla rader, eller bara rader med ett underskott eller en saknad rapport under de visade åren</source>
        <translation>All rows, or only rows with a shortfall or a missing report in the years shown</translation>
    </message>
    <message>
        <source>Saldo per avtal och år: insats minus krav. Enter öppnar rapporten eller avtalet.</source>
        <translation>Balance per agreement and year: contribution minus requirement. Enter opens the report or the agreement.</translation>
    </message>
</context>
<context>
    <name>PartiesDialog</name>
    <message>
        <source>Parter</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Finansiärer, kommuner, länsdelar och organisationer. En part som har årsredovisningar, avtal eller medlemskap kan inte tas bort.</source>
        <translation>Funders, municipalities, county parts and organisations. A party that has annual reports, agreements or memberships cannot be deleted.</translation>
    </message>
    <message>
        <source>Ny part eller nytt namn</source>
        <translation>New party or new name</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Partens namn</source>
        <translation>The party&apos;s name</translation>
    </message>
    <message>
        <source>&amp;Slag:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Partens slag</source>
        <translation>The party&apos;s kind</translation>
    </message>
    <message>
        <source>&amp;Lägg till</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Lägg till en ny part med namnet och slaget</source>
        <translation>Add a new party with the name and kind</translation>
    </message>
    <message>
        <source>&amp;Byt namn</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <source>Ge den markerade parten namnet i fältet</source>
        <translation>Give the selected party the name in the field</translation>
    </message>
    <message>
        <source>&amp;Ta bort</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Ta bort den markerade parten (går bara när ingenting hänvisar till den)</source>
        <translation>Delete the selected party (only possible when nothing refers to it)</translation>
    </message>
    <message>
        <source>Medlemmar i länsdelen</source>
        <translation>Members of the county part</translation>
    </message>
    <message>
        <source>Länsdelens medlemmar</source>
        <translation>The county part&apos;s members</translation>
    </message>
    <message>
        <source>&amp;Kommun:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>Medlemskommun</source>
        <translation>Member municipality</translation>
    </message>
    <message>
        <source>&amp;Från år:</source>
        <translation>&amp;From year:</translation>
    </message>
    <message>
        <source>Medlem från år</source>
        <translation>Member from year</translation>
    </message>
    <message>
        <source>T&amp;ill år:</source>
        <translation>&amp;To year:</translation>
    </message>
    <message>
        <source>Medlem till och med år</source>
        <translation>Member up to and including year</translation>
    </message>
    <message>
        <source>Lägg till &amp;medlem</source>
        <translation>Add m&amp;ember</translation>
    </message>
    <message>
        <source>Gör kommunen till medlem i den markerade länsdelen under åren</source>
        <translation>Make the municipality a member of the selected county part for the years</translation>
    </message>
    <message>
        <source>Ändra å&amp;r</source>
        <translation>Change yea&amp;rs</translation>
    </message>
    <message>
        <source>Ge det markerade medlemskapet kommunen och åren i fälten</source>
        <translation>Give the selected membership the municipality and years in the fields</translation>
    </message>
    <message>
        <source>Ta bort m&amp;edlem</source>
        <translation>Remove mem&amp;ber</translation>
    </message>
    <message>
        <source>Ta bort det markerade medlemskapet</source>
        <translation>Remove the selected membership</translation>
    </message>
</context>
<context>
    <name>Party</name>
    <message>
        <source>Finansiär</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Länsdel</source>
        <translation>County part</translation>
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
        <translation>Reopen the annual report</translation>
    </message>
    <message>
        <source>&amp;Orsak (krävs):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <source>Orsak till återöppningen</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <source>Till exempel: Kommunen har rättat lönekostnaderna efter bokslutet.</source>
        <translation>For example: The municipality corrected the staff costs after closing the books.</translation>
    </message>
</context>
<context>
    <name>ReportFilesImportDialog</name>
    <message>
        <source>Importera rapporter</source>
        <translation>Import reports</translation>
    </message>
    <message>
        <source>Så här blir det om du importerar filerna. Rapporter som avvisas eller inte är ikryssade lämnas utanför; resten av varje fil importeras i ett svep, eller inget av den om databasen vägrar. En godkänd rapport ersätts aldrig, och en befintlig rapport ersätts bara om du kryssar i den.</source>
        <translation>This is what happens if you import the files. Reports that are refused or not ticked are left out; the rest of each file is imported in one go, or none of it if the database refuses. An approved report is never replaced, and an existing report is only replaced if you tick it.</translation>
    </message>
    <message>
        <source>&amp;Rapporter i filerna:</source>
        <translation>&amp;Reports in the files:</translation>
    </message>
    <message>
        <source>Rapporter i filerna och vad som händer med dem</source>
        <translation>Reports in the files and what happens to them</translation>
    </message>
</context>
<context>
    <name>ReportPdfCommand</name>
    <message>
        <source>Skrev %1 (%2, med vattenstämpeln UTKAST).</source>
        <translation>Wrote %1 (%2, with the watermark DRAFT).</translation>
    </message>
    <message>
        <source>Skrev %1 (godkänd, version %2, SHA-256 %3).</source>
        <translation>Wrote %1 (approved, version %2, SHA-256 %3).</translation>
    </message>
    <message>
        <source>Skrev %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>Varning: %1 är ingen vanlig fil (en symbolisk länk, en mapp eller en enhet) och skrevs inte över; rapporten fick ett annat namn.</source>
        <translation>Warning: %1 is not a regular file (a symbolic link, a folder or a device) and was not overwritten; the report got another name.</translation>
    </message>
    <message>
        <source>Fel (%1): %2</source>
        <translation>Error (%1): %2</translation>
    </message>
    <message>
        <source>; 1 som inte är godkänd hoppades över</source>
        <translation>; 1 that is not approved was skipped</translation>
    </message>
    <message>
        <source>; %1 som inte är godkända hoppades över</source>
        <translation>; %1 that are not approved were skipped</translation>
    </message>
    <message>
        <source>1 årsredovisning för %1 skrevs till %2%3.</source>
        <translation>1 annual report for %1 was written to %2%3.</translation>
    </message>
    <message>
        <source>%1 årsredovisningar för %2 skrevs till %3%4.</source>
        <translation>%1 annual reports for %2 were written to %3%4.</translation>
    </message>
    <message>
        <source>1 årsredovisning kunde inte skrivas.</source>
        <translation>1 annual report could not be written.</translation>
    </message>
    <message>
        <source>%1 årsredovisningar kunde inte skrivas.</source>
        <translation>%1 annual reports could not be written.</translation>
    </message>
    <message>
        <source>report-pdf behöver antingen --party NAMN --year ÅR -o FIL.pdf (en rapport) eller --year ÅR --all -o MAPP (alla rapporter för året).</source>
        <translation>report-pdf needs either --party NAME --year YEAR -o FILE.pdf (one report) or --year YEAR --all -o FOLDER (all reports of the year).</translation>
    </message>
    <message>
        <source>--approved-only gäller bara tillsammans med --all.</source>
        <translation>--approved-only applies only together with --all.</translation>
    </message>
</context>
<context>
    <name>ReportSubmissionFile</name>
    <message>
        <source>Det finns ingen årsredovisning för %1 %2 i databasen, så det finns inget att exportera.</source>
        <translation>There is no annual report for %1 %2 in the database, so there is nothing to export.</translation>
    </message>
    <message>
        <source>Rapport %1 – %2</source>
        <translation>Report %1 – %2</translation>
    </message>
</context>
<context>
    <name>ReportSummaryPanel</name>
    <message>
        <source>Summering</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Totalt utgifter</source>
        <translation>Total expenses</translation>
    </message>
    <message>
        <source>Totalt intäkter</source>
        <translation>Total revenues</translation>
    </message>
    <message>
        <source>Kommunens insats</source>
        <translation>Municipal contribution</translation>
    </message>
    <message>
        <source>Medfinansieringens status för partens avtal detta år</source>
        <translation>Co-funding status of the party&apos;s agreement this year</translation>
    </message>
    <message>
        <source>Medfinansiering</source>
        <translation>Co-funding</translation>
    </message>
    <message>
        <source>Ersättning</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>Krav</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Insats</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Programmets språk:</source>
        <translation>&amp;Language of the program:</translation>
    </message>
    <message>
        <source>Programmets språk</source>
        <translation>Language of the program</translation>
    </message>
    <message>
        <source>Menyer, rubriker och meddelanden byter språk direkt. Belopp och datum skrivs alltid på svenskt vis (3 434 000 kr, 2023-12-31).</source>
        <translation>Menus, headings and messages change language at once. Amounts and dates are always written the Swedish way (3 434 000 kr, 2023-12-31).</translation>
    </message>
</context>
<context>
    <name>StatusLook</name>
    <message>
        <source>Preliminär</source>
        <translation>Preliminary</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Inga rader matchar urvalet.</source>
        <translation>No rows match the selection.</translation>
    </message>
    <message>
        <source>Folkhälsobok · skapad %1</source>
        <translation>Folkhälsobok · created %1</translation>
    </message>
    <message>
        <source>Sida %1 av %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>PDF-filen kunde inte påbörjas: Qt kunde inte börja rita sidan.</source>
        <translation>The PDF file could not be started: Qt could not start drawing the page.</translation>
    </message>
    <message>
        <source>PDF-filen kunde inte skapas: sida %1 kunde inte påbörjas.</source>
        <translation>The PDF file could not be created: page %1 could not be started.</translation>
    </message>
    <message>
        <source>Blad</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Excelfilen %1 kunde inte skapas: det gick inte att skapa en tillfällig mapp. Kontrollera att det finns plats på disken.</source>
        <translation>The Excel file %1 could not be created: a temporary folder could not be created. Check that there is space on the disk.</translation>
    </message>
    <message>
        <source>Excelfilen %1 kunde inte skapas: det finns inte tillräckligt med minne.</source>
        <translation>The Excel file %1 could not be created: there is not enough memory.</translation>
    </message>
    <message>
        <source>Excelfilen %1 kunde inte skapas: arbetsboken kunde inte byggas i den tillfälliga mappen. Kontrollera att det finns plats på disken och försök igen.</source>
        <translation>The Excel file %1 could not be created: the workbook could not be built in the temporary folder. Check that there is space on the disk and try again.</translation>
    </message>
    <message>
        <source>Excelfilen %1 kunde inte skapas: den färdiga arbetsboken kunde inte läsas från den tillfälliga mappen.</source>
        <translation>The Excel file %1 could not be created: the finished workbook could not be read from the temporary folder.</translation>
    </message>
    <message>
        <source>Excelfilen %1 kunde inte skapas: %2. En tidigare fil med samma namn är orörd.</source>
        <translation>The Excel file %1 could not be created: %2. An earlier file with the same name is untouched.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>är för lång (%1 tecken; högst %2)</source>
        <translation>is too long (%1 characters; at most %2)</translation>
    </message>
    <message>
        <source>innehåller ett ensamt surrogattecken (%1), som inte är ett tecken</source>
        <translation>contains a lone surrogate (%1), which is not a character</translation>
    </message>
    <message>
        <source>innehåller %1, som inte är ett tecken</source>
        <translation>contains %1, which is not a character</translation>
    </message>
    <message>
        <source>innehåller ett nolltecken (U+0000)</source>
        <translation>contains a null character (U+0000)</translation>
    </message>
    <message>
        <source>innehåller ett tecken som vänder textens riktning (%1)</source>
        <translation>contains a character that reverses the text direction (%1)</translation>
    </message>
    <message>
        <source>innehåller en radbrytning; skriv texten på en rad</source>
        <translation>contains a line break; write the text on one line</translation>
    </message>
    <message>
        <source>innehåller ett styrtecken (%1)</source>
        <translation>contains a control character (%1)</translation>
    </message>
    <message>
        <source>innehåller ett osynligt tecken (%1)</source>
        <translation>contains an invisible character (%1)</translation>
    </message>
    <message>
        <source>saknar synliga tecken</source>
        <translation>has no visible character</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Exempeldata kunde inte läggas in i %1: %2 Den nya filen har tagits bort; försök igen.</source>
        <translation>The sample data could not be added to %1: %2 The new file has been removed; try again.</translation>
    </message>
</context>
<context>
    <name>fhb::Agreement</name>
    <message>
        <source>namn</source>
        <translation>name</translation>
    </message>
    <message>
        <source>finansiär</source>
        <translation>funder</translation>
    </message>
    <message>
        <source>motpart</source>
        <translation>counterparty</translation>
    </message>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>grundersättning</source>
        <translation>base compensation</translation>
    </message>
    <message>
        <source>fastställd ersättning</source>
        <translation>decided compensation</translation>
    </message>
    <message>
        <source>uppräkningssätt</source>
        <translation>indexation mode</translation>
    </message>
    <message>
        <source>medfinansieringsgrad</source>
        <translation>co-funding ratio</translation>
    </message>
    <message>
        <source>uppräkning (PLK)</source>
        <translation>indexation (PLK)</translation>
    </message>
    <message>
        <source>medlemmarnas åtaganden</source>
        <translation>members&apos; commitments</translation>
    </message>
    <message>
        <source>åtaganden</source>
        <translation>obligations</translation>
    </message>
    <message>
        <source>beslut</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>anteckningar</source>
        <translation>notes</translation>
    </message>
</context>
<context>
    <name>fhb::AgreementRules</name>
    <message>
        <source>Avtalet måste ha ett namn.</source>
        <translation>The agreement must have a name.</translation>
    </message>
    <message>
        <source>Finansiären och motparten kan inte vara samma part.</source>
        <translation>The funder and the counterparty cannot be the same party.</translation>
    </message>
    <message>
        <source>Avtalsperioden %1–%2 går inte: det första året måste komma före eller vara lika med det sista, mellan 1900 och 2200.</source>
        <translation>The agreement period %1–%2 is not possible: the first year must come before or equal the last, between 1900 and 2200.</translation>
    </message>
    <message>
        <source>Grundersättningen kan inte vara negativ.</source>
        <translation>The base compensation cannot be negative.</translation>
    </message>
    <message>
        <source>Medfinansieringsgraden måste vara mellan 0 % och 1 000 %.</source>
        <translation>The co-funding ratio must be between 0 % and 1 000 %.</translation>
    </message>
    <message>
        <source>Den fastställda ersättningen gäller %1, som inte ligger mellan 1900 och 2200.</source>
        <translation>The decided compensation is for %1, which is not between 1900 and 2200.</translation>
    </message>
    <message>
        <source>Den fastställda ersättningen för %1 går inte att spara: beloppet kan inte vara negativt.</source>
        <translation>The decided compensation for %1 cannot be saved: the amount cannot be negative.</translation>
    </message>
    <message>
        <source>Uppräkningen gäller %1, som inte ligger mellan 1900 och 2200.</source>
        <translation>The indexation is for %1, which is not between 1900 and 2200.</translation>
    </message>
    <message>
        <source>Uppräkningen för %1 måste vara mellan −100 % och 100 %.</source>
        <translation>The indexation for %1 must be between −100 % and 100 %.</translation>
    </message>
    <message>
        <source>%1 har två åtaganden i samma avtal. Ta bort det ena.</source>
        <translation>%1 has two commitments in the same agreement. Remove one of them.</translation>
    </message>
    <message>
        <source>Åtagandet för %1 kan inte vara negativt.</source>
        <translation>The commitment for %1 cannot be negative.</translation>
    </message>
    <message>
        <source>Varje åtagande i checklistan måste ha en rubrik.</source>
        <translation>Every obligation in the checklist must have a title.</translation>
    </message>
    <message>
        <source>Uppföljningen av ”%1” gäller %2, som inte ligger mellan 1900 och 2200.</source>
        <translation>The follow-up of “%1” is for %2, which is not between 1900 and 2200.</translation>
    </message>
</context>
<context>
    <name>fhb::app::AddRemoveRow</name>
    <message>
        <source>Lägg till utgiftsrad</source>
        <translation>Add expense line</translation>
    </message>
    <message>
        <source>Ta bort utgiftsrad</source>
        <translation>Remove expense line</translation>
    </message>
    <message>
        <source>Lägg till intäktsrad</source>
        <translation>Add revenue line</translation>
    </message>
    <message>
        <source>Ta bort intäktsrad</source>
        <translation>Remove revenue line</translation>
    </message>
    <message>
        <source>Lägg till händelse</source>
        <translation>Add event</translation>
    </message>
    <message>
        <source>Ta bort händelse</source>
        <translation>Remove event</translation>
    </message>
    <message>
        <source>Lägg till stycke om personalresurser</source>
        <translation>Add paragraph on staff resources</translation>
    </message>
    <message>
        <source>Ta bort stycke om personalresurser</source>
        <translation>Remove paragraph on staff resources</translation>
    </message>
</context>
<context>
    <name>fhb::app::AgreementDocument</name>
    <message>
        <source>Någon annan har ändrat avtalet sedan du öppnade det. Läs in det igen innan du fortsätter att ändra.</source>
        <translation>Someone else has changed the agreement since you opened it. Read it again before you continue editing.</translation>
    </message>
    <message>
        <source>Ändringen gäller ett annat avtal.</source>
        <translation>The change concerns another agreement.</translation>
    </message>
    <message>
        <source>Ändra namn</source>
        <translation>Change name</translation>
    </message>
    <message>
        <source>Ändra finansiär</source>
        <translation>Change funder</translation>
    </message>
    <message>
        <source>Ändra motpart</source>
        <translation>Change counterparty</translation>
    </message>
    <message>
        <source>Ändra avtalsperiod</source>
        <translation>Change agreement period</translation>
    </message>
    <message>
        <source>Ändra beslut</source>
        <translation>Change decision</translation>
    </message>
    <message>
        <source>Ändra anteckningar</source>
        <translation>Change notes</translation>
    </message>
    <message>
        <source>Ändra grundersättning</source>
        <translation>Change base compensation</translation>
    </message>
    <message>
        <source>Ändra fastställd ersättning %1</source>
        <translation>Change decided compensation %1</translation>
    </message>
    <message>
        <source>Ändra uppräkningssätt</source>
        <translation>Change indexation mode</translation>
    </message>
    <message>
        <source>Ändra medfinansieringsgrad</source>
        <translation>Change co-funding ratio</translation>
    </message>
    <message>
        <source>Ändra uppräkning %1</source>
        <translation>Change indexation %1</translation>
    </message>
    <message>
        <source>Ta bort åtagande för %1</source>
        <translation>Remove commitment for %1</translation>
    </message>
    <message>
        <source>Ändra åtagande för %1</source>
        <translation>Change commitment for %1</translation>
    </message>
    <message>
        <source>Lägg till åtagande</source>
        <translation>Add obligation</translation>
    </message>
    <message>
        <source>Åtagandet finns inte längre i avtalet.</source>
        <translation>The obligation is no longer in the agreement.</translation>
    </message>
    <message>
        <source>Byt namn på åtagande</source>
        <translation>Rename obligation</translation>
    </message>
    <message>
        <source>Ta bort åtagande</source>
        <translation>Remove obligation</translation>
    </message>
    <message>
        <source>%1 ligger utanför avtalsperioden %2–%3.</source>
        <translation>%1 lies outside the agreement period %2–%3.</translation>
    </message>
    <message>
        <source>Följ upp åtagande %1</source>
        <translation>Follow up obligation %1</translation>
    </message>
    <message>
        <source>Motparten %1 är ingen länsdel och har därför inga medlemmar med åtaganden. Välj en länsdel som motpart för att lägga till åtaganden.</source>
        <translation>The counterparty %1 is not a county part and so has no members with commitments. Choose a county part as counterparty to add commitments.</translation>
    </message>
    <message>
        <source>%1 har redan ett åtagande i avtalet. Ändra beloppet i tabellen i stället.</source>
        <translation>%1 already has a commitment in the agreement. Change the amount in the table instead.</translation>
    </message>
    <message>
        <source>%1 är inte medlem i %2 under avtalsperioden %3–%4. Lägg till medlemskapet under Parter först.</source>
        <translation>%1 is not a member of %2 during the agreement period %3–%4. Add the membership under Parties first.</translation>
    </message>
    <message>
        <source>Lägg till åtagande för %1</source>
        <translation>Add commitment for %1</translation>
    </message>
    <message>
        <source>Ersättningen för %1 blir större än det högsta tillåtna beloppet %2. Kontrollera grundersättningen, de fastställda beloppen och uppräkningen.</source>
        <translation>The compensation for %1 becomes larger than the largest allowed amount %2. Check the base compensation, the decided amounts and the indexation.</translation>
    </message>
    <message>
        <source>Namnet %1.</source>
        <translation>The name %1.</translation>
    </message>
    <message>
        <source>Beslutet %1.</source>
        <translation>The decision %1.</translation>
    </message>
    <message>
        <source>Anteckningarna %1.</source>
        <translation>The notes %1.</translation>
    </message>
    <message>
        <source>Åtagandet %1.</source>
        <translation>The obligation %1.</translation>
    </message>
</context>
<context>
    <name>fhb::app::AgreementYearModel</name>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Uppräkning (PLK)</source>
        <translation>Indexation (PLK)</translation>
    </message>
    <message>
        <source>Fastställd ersättning</source>
        <translation>Decided compensation</translation>
    </message>
    <message>
        <source>Ersättning</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>Krav</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Okänd</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>%1 (preliminär)</source>
        <translation>%1 (preliminary)</translation>
    </message>
    <message>
        <source>Preliminär: uppräkningen för %1 är inte beslutad, så föregående års belopp gäller tills vidare.</source>
        <translation>Preliminary: the indexation for %1 has not been decided, so the previous year&apos;s amount applies for now.</translation>
    </message>
</context>
<context>
    <name>fhb::app::AnnualReportPdf</name>
    <message>
        <source>Årsredovisning %1 – %2</source>
        <translation>Annual report %1 – %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Årsredovisning av folkhälsoöverenskommelse för %1, period %2 – %3. Status: %4.</source>
        <translation>Annual report of the public-health agreement for %1, period %2 – %3. Status: %4.</translation>
    </message>
    <message>
        <source> Version %1, SHA-256 %2.</source>
        <translation> Version %1, SHA-256 %2.</translation>
    </message>
    <message>
        <source>folkhälsa; årsredovisning; %1; %2</source>
        <translation>public health; annual report; %1; %2</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte ritas: utskriften eller PDF-filen kunde inte påbörjas.</source>
        <translation>The annual report could not be drawn: the print or the PDF file could not be started.</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte ritas: en ny sida kunde inte påbörjas.</source>
        <translation>The annual report could not be drawn: a new page could not be started.</translation>
    </message>
    <message>
        <source>UTKAST</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <source>%1 · Årsredovisning %2 · %3</source>
        <translation>%1 · Annual report %2 · %3</translation>
    </message>
    <message>
        <source>Sida %1 av %2</source>
        <translation>Page %1 of %2</translation>
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
        <translation>The PDF file %1</translation>
    </message>
    <message>
        <source>Det finns ingen årsredovisning för %1 år %2. Kontrollera partens namn och året.</source>
        <translation>There is no annual report for %1 for the year %2. Check the party&apos;s name and the year.</translation>
    </message>
    <message>
        <source>Mappen %1 kunde inte skapas. Kontrollera sökvägen och att du får skriva där.</source>
        <translation>The folder %1 could not be created. Check the path and that you may write there.</translation>
    </message>
    <message>
        <source>PDF-filen %1 skrevs men finns inte i mappen.</source>
        <translation>The PDF file %1 was written but is not in the folder.</translation>
    </message>
    <message>
        <source>Observera: </source>
        <translation>Note: </translation>
    </message>
    <message>
        <source>Redovisad ersättning från regionen (%1) stämmer med överenskommelsens ersättning för %2.</source>
        <translation>Reported compensation from the region (%1) matches the agreement&apos;s compensation for %2.</translation>
    </message>
    <message>
        <source>PDF-filen kunde inte kompletteras med arkivuppgifter: den har inte den form som väntades. Rapportera felet.</source>
        <translation>The PDF file could not be completed with archival information: it does not have the expected form. Please report the error.</translation>
    </message>
</context>
<context>
    <name>fhb::app::AnnualReportPdfContent</name>
    <message>
        <source>Tre viktiga händelser</source>
        <translation>Three important events</translation>
    </message>
    <message>
        <source>Bland våra viktiga händelser för arbete med jämlik hälsa under %1 vill vi nämna följande:</source>
        <translation>Among our important events for work on equal health during %1 we would like to mention the following:</translation>
    </message>
    <message>
        <source>Inga händelser har angetts.</source>
        <translation>No events have been given.</translation>
    </message>
    <message>
        <source>Beskrivning av personalresurser för folkhälsoarbete</source>
        <translation>Description of staff resources for public-health work</translation>
    </message>
    <message>
        <source>Ingen beskrivning har angetts.</source>
        <translation>No description has been given.</translation>
    </message>
    <message>
        <source>Årsredovisning %1</source>
        <translation>Annual report %1</translation>
    </message>
    <message>
        <source>Belopp i kronor</source>
        <translation>Amounts in kronor</translation>
    </message>
    <message>
        <source>Utgifter</source>
        <translation>Expenses</translation>
    </message>
    <message>
        <source>Inga utgifter har angetts.</source>
        <translation>No expenses have been given.</translation>
    </message>
    <message>
        <source>Totalt utgifter</source>
        <translation>Total expenses</translation>
    </message>
    <message>
        <source>Intäkter</source>
        <translation>Revenues</translation>
    </message>
    <message>
        <source>Inga intäkter har angetts.</source>
        <translation>No revenues have been given.</translation>
    </message>
    <message>
        <source>Totalt intäkter</source>
        <translation>Total revenues</translation>
    </message>
    <message>
        <source>Kommunens insats</source>
        <translation>Municipal contribution</translation>
    </message>
    <message>
        <source>%1 (forts.)</source>
        <translation>%1 (cont.)</translation>
    </message>
    <message>
        <source>Medfinansiering enligt överenskommelse</source>
        <translation>Co-funding under the agreement</translation>
    </message>
    <message>
        <source>Ingen överenskommelse med ersättning för %1 gäller %2, så ingen medfinansiering prövas.</source>
        <translation>No agreement with compensation for %1 covers %2, so no co-funding is checked.</translation>
    </message>
    <message>
        <source>Åtagande som medlem i %1 (%2)</source>
        <translation>Commitment as a member of %1 (%2)</translation>
    </message>
    <message>
        <source>%1, för %2 med medlemmar</source>
        <translation>%1, for %2 with members</translation>
    </message>
    <message>
        <source> (preliminär)</source>
        <translation> (preliminary)</translation>
    </message>
    <message>
        <source>Ersättning från regionen %1</source>
        <translation>Compensation from the region %1</translation>
    </message>
    <message>
        <source>Åtagande enligt överenskommelsen</source>
        <translation>Commitment under the agreement</translation>
    </message>
    <message>
        <source>Krav på egen insats (%1 av ersättningen)</source>
        <translation>Required own contribution (%1 of the compensation)</translation>
    </message>
    <message>
        <source>Insats som räknas mot kravet</source>
        <translation>Contribution counted against the requirement</translation>
    </message>
    <message>
        <source>Insats som räknas mot kravet (alla rapporter)</source>
        <translation>Contribution counted against the requirement (all reports)</translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>, medfinansieringsgrad %1</source>
        <translation>, co-funding ratio %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>På uppdrag av: (ej angivet)</source>
        <translation>On behalf of: (not given)</translation>
    </message>
    <message>
        <source>På uppdrag av %1</source>
        <translation>On behalf of %1</translation>
    </message>
    <message>
        <source>Upprättad av: (ej angivet)</source>
        <translation>Prepared by: (not given)</translation>
    </message>
</context>
<context>
    <name>fhb::app::ChangePeriod</name>
    <message>
        <source>Ändra period</source>
        <translation>Change period</translation>
    </message>
</context>
<context>
    <name>fhb::app::ChangeRow</name>
    <message>
        <source>Ändra utgiftsrad</source>
        <translation>Change expense line</translation>
    </message>
    <message>
        <source>Ändra belopp</source>
        <translation>Change amount</translation>
    </message>
    <message>
        <source>Ändra kategori</source>
        <translation>Change category</translation>
    </message>
    <message>
        <source>Ändra fotnot</source>
        <translation>Change footnote</translation>
    </message>
    <message>
        <source>Ändra intäktsrad</source>
        <translation>Change revenue line</translation>
    </message>
    <message>
        <source>Ändra slag</source>
        <translation>Change kind</translation>
    </message>
    <message>
        <source>Ändra källa</source>
        <translation>Change source</translation>
    </message>
    <message>
        <source>Ändra anteckning</source>
        <translation>Change note</translation>
    </message>
    <message>
        <source>Ändra händelse</source>
        <translation>Change event</translation>
    </message>
    <message>
        <source>Ändra stycke om personalresurser</source>
        <translation>Change paragraph on staff resources</translation>
    </message>
</context>
<context>
    <name>fhb::app::ChangeSignature</name>
    <message>
        <source>Ändra underskrift</source>
        <translation>Change signature</translation>
    </message>
</context>
<context>
    <name>fhb::app::CofundingBalanceModel</name>
    <message>
        <source>Rapporternas belopp är för stora för att räknas: databasen har ändrats utanför programmet.</source>
        <translation>The reports&apos; amounts are too large to be added up: the database has been changed outside the program.</translation>
    </message>
    <message>
        <source>Avtal</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Ersättning</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>Krav</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Insats</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (åtagande)</source>
        <translation>%1 (commitment)</translation>
    </message>
    <message>
        <source>%1 · preliminär</source>
        <translation>%1 · preliminary</translation>
    </message>
    <message>
        <source>Pris- och lönekompensationen för %1 är inte beslutad: ersättningen är förra årets och preliminär.</source>
        <translation>The price and wage compensation for %1 has not been decided: the compensation is last year&apos;s and preliminary.</translation>
    </message>
    <message>
        <source>Medlemsrad: kravet är kommunens åtagande i avtalet, inte en andel av ersättningen.</source>
        <translation>Member row: the requirement is the municipality&apos;s commitment in the agreement, not a share of the compensation.</translation>
    </message>
    <message>
        <source>Kommunens åtagande per år enligt avtalet</source>
        <translation>The municipality&apos;s yearly commitment under the agreement</translation>
    </message>
    <message>
        <source>Ersättningen × medfinansieringsgraden %1</source>
        <translation>The compensation × the co-funding ratio %1</translation>
    </message>
    <message>
        <source>Ingen årsredovisning för %1 finns ännu.</source>
        <translation>There is no annual report for %1 yet.</translation>
    </message>
</context>
<context>
    <name>fhb::app::CommitmentModel</name>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Åtagande per år</source>
        <translation>Commitment per year</translation>
    </message>
    <message>
        <source>Motparten %1 är ingen länsdel och har därför inga medlemmar med åtaganden. Välj en länsdel som motpart för att lägga till åtaganden.</source>
        <translation>The counterparty %1 is not a county part and so has no members with commitments. Choose a county part as counterparty to add commitments.</translation>
    </message>
    <message>
        <source>Alla medlemmar i %1 har redan ett åtagande i avtalet. Lägg till en ny medlem under Parter först, eller ändra beloppen i tabellen.</source>
        <translation>Every member of %1 already has a commitment in the agreement. Add a new member under Parties first, or change the amounts in the table.</translation>
    </message>
    <message>
        <source>Bara %1 medlemmar saknar åtagande. Lägg till färre åt gången.</source>
        <translation>Only %1 members have no commitment. Add fewer at a time.</translation>
    </message>
</context>
<context>
    <name>fhb::app::ExchangeReader</name>
    <message>
        <source>ett objekt avslutas inte med }</source>
        <translation>an object does not end with }</translation>
    </message>
    <message>
        <source>kolon saknas efter ett fältnamn</source>
        <translation>a colon is missing after a field name</translation>
    </message>
    <message>
        <source>en lista avslutas inte med ]</source>
        <translation>a list does not end with ]</translation>
    </message>
    <message>
        <source>kommatecken saknas mellan två värden</source>
        <translation>a comma is missing between two values</translation>
    </message>
    <message>
        <source>ogiltigt värde</source>
        <translation>invalid value</translation>
    </message>
    <message>
        <source>filen tar slut mitt i ett tal</source>
        <translation>the file ends in the middle of a number</translation>
    </message>
    <message>
        <source>ogiltigt tal</source>
        <translation>invalid number</translation>
    </message>
    <message>
        <source>ogiltig escape-sekvens i en text</source>
        <translation>invalid escape sequence in a text</translation>
    </message>
    <message>
        <source>texten är inte giltig UTF-8</source>
        <translation>the text is not valid UTF-8</translation>
    </message>
    <message>
        <source>en text avslutas inte med &quot;</source>
        <translation>a text does not end with &quot;</translation>
    </message>
    <message>
        <source>ett objekt förväntades</source>
        <translation>an object was expected</translation>
    </message>
    <message>
        <source>för djup nästling</source>
        <translation>nested too deeply</translation>
    </message>
    <message>
        <source>filen är för stor</source>
        <translation>the file is too large</translation>
    </message>
    <message>
        <source>text efter filens slut</source>
        <translation>text after the end of the file</translation>
    </message>
    <message>
        <source>ogiltig JSON</source>
        <translation>invalid JSON</translation>
    </message>
    <message>
        <source>filen är %1 MB; en utbytesfil får vara högst %2 MB. Dela upp den, till exempel en fil per år.</source>
        <translation>the file is %1 MB; an exchange file may be at most %2 MB. Split it, for example one file per year.</translation>
    </message>
    <message>
        <source>rad %1, kolumn %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
    <message>
        <source>filen ska innehålla ett JSON-objekt med &quot;format&quot; och &quot;version&quot;</source>
        <translation>the file must contain a JSON object with &quot;format&quot; and &quot;version&quot;</translation>
    </message>
    <message>
        <source>fältet finns två gånger</source>
        <translation>the field appears twice</translation>
    </message>
    <message>
        <source>en text innehåller ett styrtecken (%1) som inte är skrivet som \u-escape</source>
        <translation>a text contains a control character (%1) that is not written as a \u escape</translation>
    </message>
    <message>
        <source>är för stort: högst 9007199254740992 (2^53) är tillåtet, skrivet som ett heltal (fick %1)</source>
        <translation>is too large: at most 9007199254740992 (2^53) is allowed, written as an integer (got %1)</translation>
    </message>
    <message>
        <source>en lista</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>ett objekt</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>ingenting</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>ska vara ett objekt (fick %1)</source>
        <translation>must be an object (got %1)</translation>
    </message>
    <message>
        <source>okänt fält</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <source>fältet saknas</source>
        <translation>the field is missing</translation>
    </message>
    <message>
        <source>ska vara en text (fick %1)</source>
        <translation>must be a text (got %1)</translation>
    </message>
    <message>
        <source>får inte vara tomt</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>ska vara ett heltal (fick %1)</source>
        <translation>must be an integer (got %1)</translation>
    </message>
    <message>
        <source>är för stort: högst 9007199254740992 (2^53) är tillåtet</source>
        <translation>is too large: at most 9007199254740992 (2^53) is allowed</translation>
    </message>
    <message>
        <source>får inte vara negativt (fick %1)</source>
        <translation>must not be negative (got %1)</translation>
    </message>
    <message>
        <source>ska vara ett år mellan %1 och %2 (fick %3)</source>
        <translation>must be a year between %1 and %2 (got %3)</translation>
    </message>
    <message>
        <source>ska ligga mellan %1 och %2 (fick %3)</source>
        <translation>must lie between %1 and %2 (got %3)</translation>
    </message>
    <message>
        <source>ska vara en lista (fick %1)</source>
        <translation>must be a list (got %1)</translation>
    </message>
    <message>
        <source>ska vara ett datum ÅÅÅÅ-MM-DD eller &quot;&quot; (fick &quot;%1&quot;)</source>
        <translation>must be a date YYYY-MM-DD or &quot;&quot; (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>ska vara ett datum mellan %1-01-01 och %2-12-31 (fick &quot;%3&quot;)</source>
        <translation>must be a date between %1-01-01 and %2-12-31 (got &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>okänt värde &quot;%1&quot;; tillåtna värden: %2</source>
        <translation>unknown value &quot;%1&quot;; allowed values: %2</translation>
    </message>
    <message>
        <source>bara en länsdel (county-part) kan ha medlemmar</source>
        <translation>only a county part (county-part) can have members</translation>
    </message>
    <message>
        <source>får inte vara före fromYear</source>
        <translation>must not be before fromYear</translation>
    </message>
    <message>
        <source>ska vara ett objekt med år som nycklar (fick %1)</source>
        <translation>must be an object with years as keys (got %1)</translation>
    </message>
    <message>
        <source>nyckeln ska vara ett årtal som &quot;2024&quot;</source>
        <translation>the key must be a year such as &quot;2024&quot;</translation>
    </message>
    <message>
        <source>ska vara true eller false (fick %1)</source>
        <translation>must be true or false (got %1)</translation>
    </message>
    <message>
        <source>året %1 finns redan i listan</source>
        <translation>the year %1 is already in the list</translation>
    </message>
    <message>
        <source>får inte vara före firstYear (%1)</source>
        <translation>must not be before firstYear (%1)</translation>
    </message>
    <message>
        <source>ersättningen för %1 blir större än det högsta tillåtna beloppet 9007199254740992 öre (2^53)</source>
        <translation>the compensation for %1 becomes larger than the largest allowed amount 9007199254740992 öre (2^53)</translation>
    </message>
    <message>
        <source>får inte vara före periodStart</source>
        <translation>must not be before periodStart</translation>
    </message>
    <message>
        <source>rapporten har fler än %1 rader och stycken</source>
        <translation>the report has more than %1 lines and paragraphs</translation>
    </message>
    <message>
        <source>summan av %1 blir större än det högsta tillåtna beloppet 9007199254740992 öre (2^53)</source>
        <translation>the sum of %1 becomes larger than the largest allowed amount 9007199254740992 öre (2^53)</translation>
    </message>
    <message>
        <source>utgifterna</source>
        <translation>the expenses</translation>
    </message>
    <message>
        <source>intäkterna</source>
        <translation>the revenues</translation>
    </message>
    <message>
        <source>liknar %1 &apos;%2&apos; i %3</source>
        <translation>looks like %1 &apos;%2&apos; in %3</translation>
    </message>
    <message>
        <source>ska vara 64 hexadecimala siffror (0–9, a–f)</source>
        <translation>must be 64 hexadecimal digits (0–9, a–f)</translation>
    </message>
    <message>
        <source>ska vara en tidpunkt i UTC, till exempel 2026-03-01T09:30:00.000Z (fick &quot;%1&quot;)</source>
        <translation>must be a time in UTC, for example 2026-03-01T09:30:00.000Z (got &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>filen har ingen rapport för %1 %2</source>
        <translation>the file has no report for %1 %2</translation>
    </message>
    <message>
        <source>%1 finns redan i %2</source>
        <translation>%1 already exists in %2</translation>
    </message>
    <message>
        <source>ska vara &quot;%1&quot; (fick &quot;%2&quot;)</source>
        <translation>must be &quot;%1&quot; (got &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>version %1 stöds inte; det här programmet läser version %2</source>
        <translation>version %1 is not supported; this program reads version %2</translation>
    </message>
    <message>
        <source>Namnet</source>
        <translation>The name</translation>
    </message>
    <message>
        <source>parten</source>
        <translation>the party</translation>
    </message>
    <message>
        <source>överenskommelsen</source>
        <translation>the agreement</translation>
    </message>
    <message>
        <source>En rapport för samma part och år</source>
        <translation>A report for the same party and year</translation>
    </message>
</context>
<context>
    <name>fhb::app::ExpenseLineModel</name>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Fotnot</source>
        <translation>Footnote</translation>
    </message>
</context>
<context>
    <name>fhb::app::HistoryModel</name>
    <message>
        <source>Ny utgiftsrad</source>
        <translation>New expense line</translation>
    </message>
    <message>
        <source>Utgiftsrad borttagen</source>
        <translation>Expense line removed</translation>
    </message>
    <message>
        <source>Utgiftsrad flyttad</source>
        <translation>Expense line moved</translation>
    </message>
    <message>
        <source>Utgift</source>
        <translation>Expense</translation>
    </message>
    <message>
        <source>Ny intäktsrad</source>
        <translation>New revenue line</translation>
    </message>
    <message>
        <source>Intäktsrad borttagen</source>
        <translation>Revenue line removed</translation>
    </message>
    <message>
        <source>Intäktsrad flyttad</source>
        <translation>Revenue line moved</translation>
    </message>
    <message>
        <source>Intäkt</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Nytt stycke</source>
        <translation>New paragraph</translation>
    </message>
    <message>
        <source>Stycke borttaget</source>
        <translation>Paragraph removed</translation>
    </message>
    <message>
        <source>Stycke flyttat</source>
        <translation>Paragraph moved</translation>
    </message>
    <message>
        <source>Stycke</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>Orsak till återöppning</source>
        <translation>Reason for reopening</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Återöppnad</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Årsredovisningen skapad</source>
        <translation>Annual report created</translation>
    </message>
    <message>
        <source>Årsredovisningen borttagen</source>
        <translation>Annual report deleted</translation>
    </message>
    <message>
        <source>Importerad</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Ersatt vid import</source>
        <translation>Replaced on import</translation>
    </message>
    <message>
        <source>När</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Vem</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Vad</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Periodens början</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <source>Periodens slut</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <source>På uppdrag av, namn</source>
        <translation>On behalf of, name</translation>
    </message>
    <message>
        <source>På uppdrag av, titel</source>
        <translation>On behalf of, title</translation>
    </message>
    <message>
        <source>Upprättad av, namn</source>
        <translation>Prepared by, name</translation>
    </message>
    <message>
        <source>Upprättad av, titel</source>
        <translation>Prepared by, title</translation>
    </message>
    <message>
        <source>kategori</source>
        <translation>category</translation>
    </message>
    <message>
        <source>belopp</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>fotnot</source>
        <translation>footnote</translation>
    </message>
    <message>
        <source>slag</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>källa</source>
        <translation>source</translation>
    </message>
    <message>
        <source>anteckning</source>
        <translation>note</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>plats</source>
        <translation>position</translation>
    </message>
</context>
<context>
    <name>fhb::app::ImportExpenseLines</name>
    <message>
        <source>Importera 1 rad från huvudbok</source>
        <translation>Import 1 row from ledger</translation>
    </message>
    <message>
        <source>Importera %1 rader från huvudbok</source>
        <translation>Import %1 rows from ledger</translation>
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
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Fotnot</source>
        <translation>Footnote</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>fhb::app::MoveRow</name>
    <message>
        <source>Flytta utgiftsrad</source>
        <translation>Move expense line</translation>
    </message>
    <message>
        <source>Flytta intäktsrad</source>
        <translation>Move revenue line</translation>
    </message>
    <message>
        <source>Flytta händelse</source>
        <translation>Move event</translation>
    </message>
    <message>
        <source>Flytta stycke om personalresurser</source>
        <translation>Move paragraph on staff resources</translation>
    </message>
</context>
<context>
    <name>fhb::app::NavigatorModel</name>
    <message>
        <source>Övriga parter</source>
        <translation>Other parties</translation>
    </message>
    <message>
        <source>Parter utan avtal med någon av finansiärerna</source>
        <translation>Parties without an agreement with any of the funders</translation>
    </message>
    <message>
        <source>Avtal %1</source>
        <translation>Agreement %1</translation>
    </message>
    <message>
        <source>Årsredovisning %1 — %2</source>
        <translation>Annual report %1 — %2</translation>
    </message>
    <message>
        <source>%1, medlem i %2 %3</source>
        <translation>%1, member of %2 %3</translation>
    </message>
</context>
<context>
    <name>fhb::app::ObligationModel</name>
    <message>
        <source>Åtagande</source>
        <translation>Obligation</translation>
    </message>
    <message>
        <source>Uppfyllt</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <source>Ej uppfyllt</source>
        <translation>Not fulfilled</translation>
    </message>
    <message>
        <source>Nytt åtagande</source>
        <translation>New obligation</translation>
    </message>
    <message>
        <source>Lägg till åtagande</source>
        <translation>Add obligation</translation>
    </message>
</context>
<context>
    <name>fhb::app::OverviewMatrixModel</name>
    <message>
        <source>Insats och saldo: beloppen är för stora för att visas; databasen har ändrats utanför programmet</source>
        <translation>Contribution and balance: the amounts are too large to show; the database has been changed outside the program</translation>
    </message>
    <message>
        <source>%1: inget av de visade avtalen löper det året.</source>
        <translation>%1: none of the agreements shown runs that year.</translation>
    </message>
    <message>
        <source>%1: %2 av %3 avtal uppfyller kravet</source>
        <translation>%1: %2 of %3 agreements meet the requirement</translation>
    </message>
    <message>
        <source>%1 under kravet</source>
        <translation>%1 below the requirement</translation>
    </message>
    <message>
        <source>%1 saknar rapport</source>
        <translation>%1 missing a report</translation>
    </message>
    <message>
        <source>Avtal</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Avtalen och, indragna under en länsdels avtal, medlemskommunernas åtaganden</source>
        <translation>The agreements and, indented under a county part&apos;s agreement, the member municipalities&apos; commitments</translation>
    </message>
    <message>
        <source>%1 · preliminär: pris- och lönekompensationen är inte beslutad för alla avtal, så ersättningen och kravet kan ändras.</source>
        <translation>%1 · preliminary: the price and wage compensation has not been decided for all agreements, so the compensation and the requirement may change.</translation>
    </message>
    <message>
        <source>Saldo %1: insats minus krav, i kronor</source>
        <translation>Balance %1: contribution minus requirement, in kronor</translation>
    </message>
    <message>
        <source>Hela länet</source>
        <translation>Whole county</translation>
    </message>
    <message>
        <source>Summa av visade avtal</source>
        <translation>Total of agreements shown</translation>
    </message>
    <message>
        <source>Summan av avtalsraderna ovan per år; medlemsraderna räknas inte två gånger.</source>
        <translation>The total of the agreement rows above per year; the member rows are not counted twice.</translation>
    </message>
    <message>
        <source>%1, medlem i %2</source>
        <translation>%1, member of %2</translation>
    </message>
    <message>
        <source>%1: kommunens åtagande i avtalet %2</source>
        <translation>%1: the municipality&apos;s commitment in the agreement %2</translation>
    </message>
    <message>
        <source>%1 %2: avtalet löper inte det året.</source>
        <translation>%1 %2: the agreement does not run that year.</translation>
    </message>
    <message>
        <source>%1 %2: saldo %3, %4</source>
        <translation>%1 %2: balance %3, %4</translation>
    </message>
    <message>
        <source>Summa %1: saldo %2. %3</source>
        <translation>Total %1: balance %2. %3</translation>
    </message>
    <message>
        <source>%1 i %2 · %3</source>
        <translation>%1 in %2 · %3</translation>
    </message>
    <message>
        <source>Ersättning: %1 (preliminär)</source>
        <translation>Compensation: %1 (preliminary)</translation>
    </message>
    <message>
        <source>Ersättning: %1</source>
        <translation>Compensation: %1</translation>
    </message>
    <message>
        <source>Krav (kommunens åtagande): %1</source>
        <translation>Requirement (the municipality&apos;s commitment): %1</translation>
    </message>
    <message>
        <source>Medfinansieringsgrad: krav %1, uppnått %2</source>
        <translation>Co-funding ratio: requirement %1, achieved %2</translation>
    </message>
    <message>
        <source>Krav: %1</source>
        <translation>Requirement: %1</translation>
    </message>
    <message>
        <source>Insats: ingen rapport</source>
        <translation>Contribution: no report</translation>
    </message>
    <message>
        <source>Insats: %1</source>
        <translation>Contribution: %1</translation>
    </message>
    <message>
        <source>Saldo: %1</source>
        <translation>Balance: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Rapport: saknas</source>
        <translation>Report: missing</translation>
    </message>
    <message>
        <source>Rapport: %1</source>
        <translation>Report: %1</translation>
    </message>
    <message>
        <source>Rapporter (%1): %2</source>
        <translation>Reports (%1): %2</translation>
    </message>
    <message>
        <source>Summa av visade avtal · %1</source>
        <translation>Total of the agreements shown · %1</translation>
    </message>
    <message>
        <source>Ersättning: %1 (delvis preliminär)</source>
        <translation>Compensation: %1 (partly preliminary)</translation>
    </message>
</context>
<context>
    <name>fhb::app::ParagraphListModel</name>
    <message>
        <source>Tre viktiga händelser</source>
        <translation>Three important events</translation>
    </message>
    <message>
        <source>Personalresurser</source>
        <translation>Staff resources</translation>
    </message>
</context>
<context>
    <name>fhb::app::PartyRegister</name>
    <message>
        <source>Välj en part i listan först.</source>
        <translation>Choose a party in the list first.</translation>
    </message>
    <message>
        <source>Välj en länsdel i listan först.</source>
        <translation>Choose a county part in the list first.</translation>
    </message>
    <message>
        <source>1 årsredovisning</source>
        <translation>1 annual report</translation>
    </message>
    <message>
        <source>%1 årsredovisningar</source>
        <translation>%1 annual reports</translation>
    </message>
    <message>
        <source>1 avtal</source>
        <translation>1 agreement</translation>
    </message>
    <message>
        <source>%1 avtal</source>
        <translation>%1 agreements</translation>
    </message>
    <message>
        <source>1 åtagande</source>
        <translation>1 commitment</translation>
    </message>
    <message>
        <source>%1 åtaganden</source>
        <translation>%1 commitments</translation>
    </message>
    <message>
        <source>medlem i %1</source>
        <translation>member of %1</translation>
    </message>
    <message>
        <source>Används: %1</source>
        <translation>In use: %1</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Slag</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Medlemmar</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Årsredovisningar</source>
        <translation>Annual reports</translation>
    </message>
    <message>
        <source>Avtal</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Åren %1–%2 går inte: ett medlemskap måste ligga mellan 1900 och 2200.</source>
        <translation>The years %1–%2 are not possible: a membership must lie between 1900 and 2200.</translation>
    </message>
    <message>
        <source>Det första året (%1) kommer efter det sista (%2). Ändra åren så att det första är före eller lika med det sista.</source>
        <translation>The first year (%1) comes after the last (%2). Change the years so that the first is before or equal to the last.</translation>
    </message>
    <message>
        <source>%1 är inte en kommun. Bara kommuner kan vara medlemmar i en länsdel.</source>
        <translation>%1 is not a municipality. Only municipalities can be members of a county part.</translation>
    </message>
    <message>
        <source>%1 är redan medlem i %2 %3–%4. Välj år som inte överlappar, eller ändra det befintliga medlemskapet.</source>
        <translation>%1 is already a member of %2 %3–%4. Choose years that do not overlap, or change the existing membership.</translation>
    </message>
    <message>
        <source>Välj ett medlemskap i listan först.</source>
        <translation>Select a membership in the list first.</translation>
    </message>
    <message>
        <source>Namnet %1.</source>
        <translation>The name %1.</translation>
    </message>
    <message>
        <source>Namnet liknar den befintliga parten &apos;%1&apos; och går inte att skilja från den. Använd den parten eller välj ett namn som skiljer sig tydligt.</source>
        <translation>The name looks like the existing party &apos;%1&apos; and cannot be told apart from it. Use that party or choose a name that differs clearly.</translation>
    </message>
    <message>
        <source>%1 är redan medlem i %2 %3–%4. En kommun kan bara höra till en länsdel åt gången; välj år som inte överlappar.</source>
        <translation>%1 is already a member of %2 %3–%4. A municipality can belong to one county part at a time; choose years that do not overlap.</translation>
    </message>
</context>
<context>
    <name>fhb::app::ReportDocument</name>
    <message>
        <source>Årsredovisningen är godkänd och därför låst: varken den eller dess rader kan ändras. Be en controller att öppna den igen (med en orsak) om något måste rättas.</source>
        <translation>The annual report is approved and therefore locked: neither it nor its lines can be changed. Ask a controller to reopen it (with a reason) if something must be corrected.</translation>
    </message>
    <message>
        <source>Någon annan har ändrat årsredovisningen sedan du öppnade den. Läs in den igen innan du fortsätter att ändra.</source>
        <translation>Someone else has changed the annual report since you opened it. Read it again before you continue editing.</translation>
    </message>
    <message>
        <source>Raden kan inte läggas till där: den platsen finns inte.</source>
        <translation>The line cannot be added there: that position does not exist.</translation>
    </message>
    <message>
        <source>Raden finns inte längre i årsredovisningen.</source>
        <translation>The line is no longer in the annual report.</translation>
    </message>
    <message>
        <source>Raden kan inte flyttas dit: den platsen finns inte.</source>
        <translation>The line cannot be moved there: that position does not exist.</translation>
    </message>
    <message>
        <source>Stycket kan inte läggas till där: den platsen finns inte.</source>
        <translation>The paragraph cannot be added there: that position does not exist.</translation>
    </message>
    <message>
        <source>Stycket finns inte längre i årsredovisningen.</source>
        <translation>The paragraph is no longer in the annual report.</translation>
    </message>
    <message>
        <source>Stycket kan inte flyttas dit: den platsen finns inte.</source>
        <translation>The paragraph cannot be moved there: that position does not exist.</translation>
    </message>
    <message>
        <source>Någon annan har ändrat årsredovisningen sedan du öppnade den. Läs in den igen och försök sedan på nytt.</source>
        <translation>Someone else has changed the annual report since you opened it. Read it again and then try once more.</translation>
    </message>
    <message>
        <source>Årsredovisningen kan inte skickas in än:
%1
Rätta detta och försök igen.</source>
        <translation>The annual report cannot be submitted yet:
%1
Correct this and try again.</translation>
    </message>
    <message>
        <source>Årsredovisningen kan inte godkännas: %1</source>
        <translation>The annual report cannot be approved: %1</translation>
    </message>
    <message>
        <source>Skriv varför årsredovisningen öppnas igen. Orsaken sparas i ändringsloggen.</source>
        <translation>Write why the annual report is reopened. The reason is recorded in the change log.</translation>
    </message>
    <message>
        <source>Det finns inga rader att importera.</source>
        <translation>There are no rows to import.</translation>
    </message>
    <message>
        <source>Beloppet för %1 är negativt; en utgift är noll eller mer.</source>
        <translation>The amount for %1 is negative; an expense is zero or more.</translation>
    </message>
    <message>
        <source>Kategorin %1.</source>
        <translation>The category %1.</translation>
    </message>
    <message>
        <source>Fotnoten %1.</source>
        <translation>The footnote %1.</translation>
    </message>
    <message>
        <source>Beloppet är för stort: en rad får vara högst %1.</source>
        <translation>The amount is too large: a line may be at most %1.</translation>
    </message>
    <message>
        <source>Summan av utgifterna blir större än det högsta tillåtna beloppet %1.</source>
        <translation>The sum of the expenses becomes larger than the largest allowed amount %1.</translation>
    </message>
    <message>
        <source>Årsredovisningen har redan %1 rader och stycken, det högsta som tillåts.</source>
        <translation>The annual report already has %1 lines and paragraphs, the most allowed.</translation>
    </message>
    <message>
        <source>Källan %1.</source>
        <translation>The source %1.</translation>
    </message>
    <message>
        <source>Noten %1.</source>
        <translation>The note %1.</translation>
    </message>
    <message>
        <source>Summan av intäkterna blir större än det högsta tillåtna beloppet %1.</source>
        <translation>The sum of the revenues becomes larger than the largest allowed amount %1.</translation>
    </message>
    <message>
        <source>Stycket %1.</source>
        <translation>The paragraph %1.</translation>
    </message>
    <message>
        <source>Underskriften %1.</source>
        <translation>The signature %1.</translation>
    </message>
    <message>
        <source>Raden hör inte till den listan.</source>
        <translation>The row does not belong to that list.</translation>
    </message>
</context>
<context>
    <name>fhb::app::ReportFileImportPlan</name>
    <message>
        <source>filen kunde inte läsas: %1</source>
        <translation>the file could not be read: %1</translation>
    </message>
    <message>
        <source>filen kunde inte läsas: den är större än 64 MB och är ingen rapportfil</source>
        <translation>the file could not be read: it is larger than 64 MB and is not a report file</translation>
    </message>
    <message>
        <source>filen innehåller ingen årsredovisning</source>
        <translation>the file contains no annual report</translation>
    </message>
    <message>
        <source>samma rapport finns redan i %1</source>
        <translation>the same report is already in %1</translation>
    </message>
    <message>
        <source>godkänd rapport ersätts aldrig</source>
        <translation>an approved report is never replaced</translation>
    </message>
    <message>
        <source>Filer: %1 · rapporter: %2 · läggs till: %3 · kan ersätta en befintlig: %4 · oförändrade: %5 · avvisas: %6</source>
        <translation>Files: %1 · reports: %2 · to be added: %3 · can replace an existing one: %4 · unchanged: %5 · refused: %6</translation>
    </message>
    <message>
        <source>1 rapport importerad</source>
        <translation>1 report imported</translation>
    </message>
    <message>
        <source>%1 rapporter importerade</source>
        <translation>%1 reports imported</translation>
    </message>
    <message>
        <source>1 ersatt</source>
        <translation>1 replaced</translation>
    </message>
    <message>
        <source>%1 ersatta</source>
        <translation>%1 replaced</translation>
    </message>
    <message>
        <source>1 avvisad</source>
        <translation>1 refused</translation>
    </message>
    <message>
        <source>%1 avvisade</source>
        <translation>%1 refused</translation>
    </message>
    <message>
        <source>1 inte ersatt</source>
        <translation>1 not replaced</translation>
    </message>
    <message>
        <source>%1 inte ersatta</source>
        <translation>%1 not replaced</translation>
    </message>
    <message>
        <source>1 oförändrad</source>
        <translation>1 unchanged</translation>
    </message>
    <message>
        <source>%1 oförändrade</source>
        <translation>%1 unchanged</translation>
    </message>
    <message>
        <source>Läggs till</source>
        <translation>Will be added</translation>
    </message>
    <message>
        <source>Ersätts inte: kryssa i för att ersätta den befintliga rapporten</source>
        <translation>Not replaced: tick to replace the existing report</translation>
    </message>
    <message>
        <source>Ersätter inskickad rapport</source>
        <translation>Replaces a submitted report</translation>
    </message>
    <message>
        <source>Ersätter utkast</source>
        <translation>Replaces a draft</translation>
    </message>
    <message>
        <source>Oförändrad: samma rapport finns redan</source>
        <translation>Unchanged: the same report already exists</translation>
    </message>
    <message>
        <source>Avvisas: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Fil</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Status i filen</source>
        <translation>Status in the file</translation>
    </message>
    <message>
        <source>Vad händer</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Läggs till, kommer in som inskickad (bara en controller godkänner)</source>
        <translation>Added, comes in as submitted (only a controller approves)</translation>
    </message>
    <message>
        <source>Ersätter rapporten, kommer in som inskickad (bara en controller godkänner)</source>
        <translation>Replaces the report, comes in as submitted (only a controller approves)</translation>
    </message>
</context>
<context>
    <name>fhb::app::RevenueLineModel</name>
    <message>
        <source>Källa</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Slag</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Slaget ”%1” finns inte. Välj %2 eller %3.</source>
        <translation>The kind “%1” does not exist. Choose %2 or %3.</translation>
    </message>
</context>
<context>
    <name>fhb::app::SyntheticCounty</name>
    <message>
        <source>Antalet parter ska vara mellan 1 och 2000 (fick %1).</source>
        <translation>The number of parties must be between 1 and 2000 (got %1).</translation>
    </message>
    <message>
        <source>Antalet år ska vara mellan 1 och 50 (fick %1).</source>
        <translation>The number of years must be between 1 and 50 (got %1).</translation>
    </message>
    <message>
        <source>Antalet utgiftsrader ska vara mellan 1 och 500 (fick %1).</source>
        <translation>The number of expense lines must be between 1 and 500 (got %1).</translation>
    </message>
    <message>
        <source>Region Syntetiska län</source>
        <translation>Region Synthetic County</translation>
    </message>
    <message>
        <source>Länsdel</source>
        <translation>County part</translation>
    </message>
    <message>
        <source>Medlemskommun</source>
        <translation>Member municipality</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kommun</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Överenskommelse %1 %2–%3</source>
        <translation>Agreement %1 %2–%3</translation>
    </message>
    <message>
        <source>Delta i befolkningsundersökningen Liv och hälsa ung</source>
        <translation>Take part in the population survey Liv och hälsa ung</translation>
    </message>
    <message>
        <source>Använda den gemensamma mallen för redovisning</source>
        <translation>Use the common reporting template</translation>
    </message>
    <message>
        <source>Regionstyrelsen</source>
        <translation>Regional board</translation>
    </message>
    <message>
        <source>RS § %1</source>
        <translation>RS § %1</translation>
    </message>
    <message>
        <source>Folkhälsoinsats %1</source>
        <translation>Public-health activity %1</translation>
    </message>
    <message>
        <source>Lönekostnader folkhälsostrateger</source>
        <translation>Staff costs public-health strategists</translation>
    </message>
    <message>
        <source>Ersättning %1</source>
        <translation>Compensation %1</translation>
    </message>
    <message>
        <source>Under %1 genomfördes %2.</source>
        <translation>During %1, %2 was carried out.</translation>
    </message>
    <message>
        <source>Folkhälsoarbetet bemannas av %1 personer.</source>
        <translation>Public-health work is staffed by %1 people.</translation>
    </message>
    <message>
        <source>kommundirektör</source>
        <translation>municipal director</translation>
    </message>
    <message>
        <source>folkhälsostrateg</source>
        <translation>public-health strategist</translation>
    </message>
</context>
<context>
    <name>fhb::cli::BalanceOutput</name>
    <message>
        <source>Inga rader: det finns inga kända år som matchar urvalet.</source>
        <translation>No rows: there are no known years matching the selection.</translation>
    </message>
    <message>
        <source>Överenskommelse</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Ersättning (kr)</source>
        <translation>Compensation (kr)</translation>
    </message>
    <message>
        <source>Krav (kr)</source>
        <translation>Required (kr)</translation>
    </message>
    <message>
        <source>Insats (kr)</source>
        <translation>Contribution (kr)</translation>
    </message>
    <message>
        <source>Saldo (kr)</source>
        <translation>Balance (kr)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Motpart</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>Ersättning</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>Krav</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Insats</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Preliminär</source>
        <translation>Preliminary</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(preliminär)</source>
        <translation>(preliminary)</translation>
    </message>
    <message>
        <source>(medlem)</source>
        <translation>(member)</translation>
    </message>
</context>
<context>
    <name>fhb::cli::CommandLine</name>
    <message>
        <source>databasfilen</source>
        <translation>the database file</translation>
    </message>
    <message>
        <source>FIL</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>läs in demodata</source>
        <translation>load the demo data</translation>
    </message>
    <message>
        <source>ersätt befintligt</source>
        <translation>replace existing</translation>
    </message>
    <message>
        <source>part</source>
        <translation>party</translation>
    </message>
    <message>
        <source>NAMN</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>år</source>
        <translation>year</translation>
    </message>
    <message>
        <source>ÅR</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>överenskommelse</source>
        <translation>agreement</translation>
    </message>
    <message>
        <source>utdataformat</source>
        <translation>output format</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>utdatafil</source>
        <translation>output file</translation>
    </message>
    <message>
        <source>slutkod 1 vid underskott</source>
        <translation>exit code 1 on a shortfall</translation>
    </message>
    <message>
        <source>antal motparter</source>
        <translation>number of counterparties</translation>
    </message>
    <message>
        <source>antal år</source>
        <translation>number of years</translation>
    </message>
    <message>
        <source>antal utgiftsrader</source>
        <translation>number of expense lines</translation>
    </message>
    <message>
        <source>slumpfrö</source>
        <translation>random seed</translation>
    </message>
    <message>
        <source>alla rapporter för året</source>
        <translation>all reports of the year</translation>
    </message>
    <message>
        <source>bara godkända rapporter</source>
        <translation>only approved reports</translation>
    </message>
    <message>
        <source>visa hjälpen</source>
        <translation>show the help</translation>
    </message>
    <message>
        <source>visa versionen</source>
        <translation>show the version</translation>
    </message>
    <message>
        <source>Okänd flagga: %1. Kör folkhalsobok-cli --help för en lista över flaggor.</source>
        <translation>Unknown flag: %1. Run folkhalsobok-cli --help for a list of flags.</translation>
    </message>
    <message>
        <source>Flaggan %1 behöver ett värde.</source>
        <translation>The flag %1 needs a value.</translation>
    </message>
    <message>
        <source>Flaggan %1 tar inget värde.</source>
        <translation>The flag %1 takes no value.</translation>
    </message>
    <message>
        <source>Kommandoraden kunde inte tolkas (%1).</source>
        <translation>The command line could not be understood (%1).</translation>
    </message>
    <message>
        <source>Inget kommando angivet. Kör folkhalsobok-cli --help för en lista över kommandon.</source>
        <translation>No command given. Run folkhalsobok-cli --help for a list of commands.</translation>
    </message>
    <message>
        <source>Okänt kommando &quot;%1&quot;. Kör folkhalsobok-cli --help för en lista över kommandon.</source>
        <translation>Unknown command &quot;%1&quot;. Run folkhalsobok-cli --help for a list of commands.</translation>
    </message>
    <message>
        <source>Flaggan --%1 hör inte till kommandot %2. Användning: folkhalsobok-cli --db FIL %3</source>
        <translation>The flag --%1 does not belong to the command %2. Usage: folkhalsobok-cli --db FILE %3</translation>
    </message>
    <message>
        <source>Kommandot %1 tar %2 argument men fick %3. Användning: folkhalsobok-cli --db FIL %4</source>
        <translation>The command %1 takes %2 arguments but got %3. Usage: folkhalsobok-cli --db FILE %4</translation>
    </message>
    <message>
        <source>Ange databasfilen med --db FIL.</source>
        <translation>Give the database file with --db FILE.</translation>
    </message>
    <message>
        <source>--%1 ska vara ett heltal mellan %2 och %3 (fick &quot;%4&quot;).</source>
        <translation>--%1 must be an integer between %2 and %3 (got &quot;%4&quot;).</translation>
    </message>
    <message>
        <source>Användning: folkhalsobok-cli --db FIL KOMMANDO [ARGUMENT] [FLAGGOR]

Folkhälsobok på kommandoraden: bokföring av folkhälsoöverenskommelser.

Kommandon:
</source>
        <translation>Usage: folkhalsobok-cli --db FILE COMMAND [ARGUMENTS] [FLAGS]

Folkhälsobok on the command line: bookkeeping of public-health agreements.

Commands:
</translation>
    </message>
    <message>
        <source>kontrollera utan att skriva</source>
        <translation>check without writing</translation>
    </message>
    <message>
        <source>teckenkodning</source>
        <translation>encoding</translation>
    </message>
    <message>
        <source>avgränsare</source>
        <translation>separator</translation>
    </message>
    <message>
        <source>första raden är en rubrikrad</source>
        <translation>the first row is a header row</translation>
    </message>
    <message>
        <source>filen har ingen rubrikrad</source>
        <translation>the file has no header row</translation>
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
  folkhalsobok-cli --db demo.db import-csv --party &quot;Örebro kommun&quot; --year 2024 huvudbok.csv --dry-run
  folkhalsobok-cli --db demo.db export - --party &quot;Örebro kommun&quot; --year 2023
  folkhalsobok-cli --db demo.db report-pdf --party &quot;Örebro kommun&quot; --year 2023 -o orebro-2023.pdf
</source>
        <translation>
Flags for every command:
  --db FILE     the database file (required)
  -h, --help    shows this help
  --version     shows the version

Exit codes: 0 done; 1 the command found a problem it was asked to look for (balance --strict, check); 2 error in the command line or the input; 3 database error (cannot be opened, corrupt, locked, read-only, newer schema).

Examples:
  folkhalsobok-cli --db demo.db init --demo
  folkhalsobok-cli --db demo.db balance --year 2023
  folkhalsobok-cli --db demo.db balance --format csv -o saldo.csv
  folkhalsobok-cli --db demo.db import-csv --party &quot;Örebro kommun&quot; --year 2024 huvudbok.csv --dry-run
  folkhalsobok-cli --db demo.db export - --party &quot;Örebro kommun&quot; --year 2023
  folkhalsobok-cli --db demo.db report-pdf --party &quot;Örebro kommun&quot; --year 2023 -o orebro-2023.pdf
</translation>
    </message>
    <message>
        <source>skapar en ny databas; --demo läser in exempeldata från seed-dokumenten</source>
        <translation>creates a new database; --demo loads sample data from the seed documents</translation>
    </message>
    <message>
        <source>importerar en utbytesfil (allt eller inget); --replace ersätter befintliga överenskommelser och rapporter som inte är godkända</source>
        <translation>imports an exchange file (all or nothing); --replace replaces existing agreements and reports that are not approved</translation>
    </message>
    <message>
        <source>lägger huvudbokens utgiftsrader (kategori; belopp; fotnot) i partens utkast för året, som skapas om det saknas; en inskickad eller godkänd årsredovisning vägrar; allt eller inget; --dry-run kontrollerar utan att skriva</source>
        <translation>adds the ledger&apos;s expense lines (category; amount; footnote) to the party&apos;s draft for the year, which is created if it is missing; a submitted or approved annual report is refused; all or nothing; --dry-run checks without writing</translation>
    </message>
    <message>
        <source>exporterar en utbytesfil (allt om inget filter anges); FIL = - skriver till standard ut</source>
        <translation>exports an exchange file (everything unless a filter is given); FILE = - writes to standard output</translation>
    </message>
    <message>
        <source>visar medfinansieringen per överenskommelse, part och år; --strict ger slutkod 1 när någon rad är under kravet eller saknar rapport</source>
        <translation>shows the co-funding per agreement, party and year; --strict gives exit code 1 when any row is short or lacks a report</translation>
    </message>
    <message>
        <source>kontrollerar databasfilen och alla regler; slutkod 1 vid fel</source>
        <translation>checks the database file and every rule; exit code 1 on errors</translation>
    </message>
    <message>
        <source>skriver en konsistent kopia av databasen till FIL</source>
        <translation>writes a consistent copy of the database to FILE</translation>
    </message>
    <message>
        <source>skapar en ny databas med ett syntetiskt län för prestandatester</source>
        <translation>creates a new database with a synthetic county for performance tests</translation>
    </message>
    <message>
        <source>skriver årsredovisningen som arkivbeständig PDF (PDF/A-1b); med --all en PDF per rapport för året i MAPP, --approved-only bara godkända</source>
        <translation>writes the annual report as archival PDF (PDF/A-1b); with --all one PDF per report of the year in FOLDER, --approved-only only approved ones</translation>
    </message>
</context>
<context>
    <name>fhb::cli::Commands</name>
    <message>
        <source>Okänt kommando &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Filen %1 finns redan. Ange ett nytt filnamn: en befintlig databas skrivs aldrig över.</source>
        <translation>The file %1 already exists. Give a new file name: an existing database is never overwritten.</translation>
    </message>
    <message>
        <source>Skapade %1 med demodata: Region Örebro län, länets tolv kommuner och länsdelar, överenskommelserna för Sydnärke 2024–2029 och Örebro kommun 2018–2023 samt Örebro kommuns årsredovisning 2023.</source>
        <translation>Created %1 with demo data: Region Örebro län, the county&apos;s twelve municipalities and county parts, the agreements for Sydnärke 2024–2029 and Örebro kommun 2018–2023 and Örebro kommun&apos;s annual report 2023.</translation>
    </message>
    <message>
        <source>Skapade en tom databas: %1</source>
        <translation>Created an empty database: %1</translation>
    </message>
    <message>
        <source>Filen %1 går inte att läsa. Kontrollera att du har behörighet till den.</source>
        <translation>The file %1 cannot be read. Check that you have permission to it.</translation>
    </message>
    <message>
        <source>Filen %1 finns inte. Kontrollera namnet och mappen.</source>
        <translation>The file %1 does not exist. Check the name and the folder.</translation>
    </message>
    <message>
        <source>%1 kan inte importeras: %2. Ingenting har ändrats.</source>
        <translation>%1 cannot be imported: %2. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Importerade %1.</source>
        <translation>Imported %1.</translation>
    </message>
    <message>
        <source>Varning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Parten &quot;%1&quot; finns inte i databasen.</source>
        <translation>The party &quot;%1&quot; is not in the database.</translation>
    </message>
    <message>
        <source>Exporterade %1 parter, %2 överenskommelser och %3 rapporter till %4.</source>
        <translation>Exported %1 parties, %2 agreements and %3 reports to %4.</translation>
    </message>
    <message>
        <source>Överenskommelsen &quot;%1&quot; finns inte i databasen.</source>
        <translation>The agreement &quot;%1&quot; is not in the database.</translation>
    </message>
    <message>
        <source>%1 av %2 rader uppfyller inte kravet på medfinansiering.</source>
        <translation>%1 of %2 rows do not meet the co-funding requirement.</translation>
    </message>
    <message>
        <source>Kontrollen är klar: %1 fel, %2 varningar, %3 upplysningar.</source>
        <translation>The check is done: %1 errors, %2 warnings, %3 notes.</translation>
    </message>
    <message>
        <source>Filen %1 finns redan. Ange ett nytt filnamn för säkerhetskopian.</source>
        <translation>The file %1 already exists. Give a new file name for the backup.</translation>
    </message>
    <message>
        <source>Säkerhetskopian är skriven till %1.</source>
        <translation>The backup has been written to %1.</translation>
    </message>
    <message>
        <source>generate behöver --parties N, --years Å och --lines R.</source>
        <translation>generate needs --parties N, --years Y and --lines R.</translation>
    </message>
    <message>
        <source>Skapade %1: %2 parter, %3 överenskommelser, %4 rapporter och %5 utgiftsrader på %6 ms.</source>
        <translation>Created %1: %2 parties, %3 agreements, %4 reports and %5 expense lines in %6 ms.</translation>
    </message>
    <message>
        <source>Okänt format &quot;%1&quot;. Välj text, csv, json eller xlsx.</source>
        <translation>Unknown format &quot;%1&quot;. Choose text, csv, json or xlsx.</translation>
    </message>
    <message>
        <source>En Excelfil kan inte skrivas till terminalen. Ange filen med -o, till exempel -o saldo.xlsx.</source>
        <translation>An Excel file cannot be written to the terminal. Give the file with -o, for example -o saldo.xlsx.</translation>
    </message>
    <message>
        <source>Rader</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Parter: %1 nya, %2 fanns redan. Överenskommelser: %3 nya, %4 fanns redan, %5 ersatta. Rapporter: %6 nya, %7 ersatta.</source>
        <translation>Parties: %1 new, %2 already existed. Agreements: %3 new, %4 already existed, %5 replaced. Reports: %6 new, %7 replaced.</translation>
    </message>
</context>
<context>
    <name>fhb::gui::AboutText</name>
    <message>
        <source>&lt;p&gt;Databas: %1&lt;br&gt;Schemaversion %2 (programmet skriver version %3)%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;Database: %1&lt;br&gt;Schema version %2 (this program writes version %3)%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, öppnad skrivskyddad</source>
        <translation>, opened read-only</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ingen databas är öppen.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No database is open.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Folkhälsobok %1&lt;/h3&gt;&lt;p&gt;Bokföring av folkhälsoavtal: årsredovisningar, ersättning och medfinansiering mellan en region och dess kommuner, länsdelar och organisationer.&lt;/p&gt;&lt;p&gt;Fri programvara under GNU General Public License version 3 eller senare (GPL-3.0-or-later). Programmet levereras utan garanti.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Folkhälsobok %1&lt;/h3&gt;&lt;p&gt;Bookkeeping of public-health agreements: annual reports, compensation and co-funding between a region and its municipalities, county parts and organisations.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License version 3 or later (GPL-3.0-or-later). The program comes with no warranty.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fhb::gui::AgreementEditor</name>
    <message>
        <source>Avtal %1 %2</source>
        <translation>Agreement %1 %2</translation>
    </message>
    <message>
        <source>Kedjad: på föregående års belopp</source>
        <translation>Chained: on the previous year&apos;s amount</translation>
    </message>
    <message>
        <source>Från grundersättningen</source>
        <translation>From the base compensation</translation>
    </message>
    <message>
        <source>Inget datum</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>Alla medlemmar har ett åtagande</source>
        <translation>Every member has a commitment</translation>
    </message>
</context>
<context>
    <name>fhb::gui::AmountDelegate</name>
    <message>
        <source>Belopp</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Skriv till exempel 3 434 000, 145 tkr eller 1 393 038,50.</source>
        <translation>Write for example 3 434 000, 145 tkr or 1 393 038,50.</translation>
    </message>
</context>
<context>
    <name>fhb::gui::AnnualReportEditor</name>
    <message>
        <source>Årsredovisning %1 — %2</source>
        <translation>Annual report %1 — %2</translation>
    </message>
</context>
<context>
    <name>fhb::gui::ArchiveInfoLabel</name>
    <message>
        <source>Arkivuppgifter för den godkända årsredovisningen: samma version och SHA-256-fingeravtryck står längst ned på varje sida i PDF-filen. Stämmer de med en utskrift har innehållet inte ändrats sedan den skrevs ut.</source>
        <translation>Archival details of the approved annual report: the same version and SHA-256 fingerprint are printed at the bottom of every page of the PDF file. If they match a printout, the content has not changed since it was printed.</translation>
    </message>
    <message>
        <source>Arkivuppgifter</source>
        <translation>Archival details</translation>
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
        <translation>Required</translation>
    </message>
    <message>
        <source>Insats</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Ackumulerat saldo</source>
        <translation>Accumulated balance</translation>
    </message>
    <message>
        <source>År</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>kr</source>
        <translation>kr</translation>
    </message>
    <message>
        <source>Ackumulerat saldo, kr</source>
        <translation>Accumulated balance, kr</translation>
    </message>
</context>
<context>
    <name>fhb::gui::BatchExport</name>
    <message>
        <source>Exporten kunde inte påbörjas. Inga filer skrevs.</source>
        <translation>The export could not be started. No files were written.</translation>
    </message>
    <message>
        <source>Exporten avbröts. Skrivna PDF-filer: %1. Inte skrivna: %2.</source>
        <translation>The export was cancelled. PDF files written: %1. Not written: %2.</translation>
    </message>
    <message>
        <source>Det fanns inga årsredovisningar att exportera för året.</source>
        <translation>There were no annual reports to export for the year.</translation>
    </message>
    <message>
        <source>Klart. Skrivna PDF-filer: %1, en per årsredovisning.</source>
        <translation>Done. PDF files written: %1, one per annual report.</translation>
    </message>
    <message>
        <source>Exporten är klar, men inte allt kunde skrivas. Skrivna PDF-filer: %1. Inte skrivna: %2.</source>
        <translation>The export is done, but not everything could be written. PDF files written: %1. Not written: %2.</translation>
    </message>
</context>
<context>
    <name>fhb::gui::BatchExportDialog</name>
    <message>
        <source>Årsredovisningar</source>
        <translation>Annual reports</translation>
    </message>
    <message>
        <source>&amp;Exportera</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Öppna mappen</source>
        <translation>&amp;Open the folder</translation>
    </message>
    <message>
        <source>Databasen har inga årsredovisningar ännu, så det finns inget att exportera.</source>
        <translation>The database has no annual reports yet, so there is nothing to export.</translation>
    </message>
    <message>
        <source>Ingen av årets %1 årsredovisningar är godkänd ännu. Välj Alla för att exportera utkasten.</source>
        <translation>None of the year&apos;s %1 annual reports is approved yet. Choose All to export the drafts.</translation>
    </message>
    <message>
        <source>Mapp för PDF-filerna</source>
        <translation>Folder for the PDF files</translation>
    </message>
    <message>
        <source>Ingen mapp är vald</source>
        <translation>No folder is chosen</translation>
    </message>
    <message>
        <source>Skriv eller välj mappen som PDF-filerna ska skrivas till och försök igen.</source>
        <translation>Type or choose the folder the PDF files are to be written to and try again.</translation>
    </message>
    <message>
        <source>Förbereder exporten…</source>
        <translation>Preparing the export…</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Exporterar årsredovisningar %1</source>
        <translation>Exporting annual reports %1</translation>
    </message>
    <message>
        <source>Klart.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Skriver %1 (%2 av %3)…</source>
        <translation>Writing %1 (%2 of %3)…</translation>
    </message>
    <message>
        <source>Årsredovisningar som inte är godkända och lämnades utanför: %1.</source>
        <translation>Annual reports not approved and left out: %1.</translation>
    </message>
    <message>
        <source>Mapp: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <source>Skriven: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>Fel: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Fel för %1: %2</source>
        <translation>Error for %1: %2</translation>
    </message>
    <message>
        <source>exporten avbröts</source>
        <translation>the export was cancelled</translation>
    </message>
    <message>
        <source>Inte skriven: %1 (%2)</source>
        <translation>Not written: %1 (%2)</translation>
    </message>
    <message>
        <source>Export av årsredovisningar %1</source>
        <translation>Export of annual reports %1</translation>
    </message>
    <message>
        <source>Godkända årsredovisningar %1: %2 av %3. Var och en blir en egen PDF-fil.</source>
        <translation>Approved annual reports %1: %2 of %3. Each becomes a PDF file of its own.</translation>
    </message>
    <message>
        <source>Årsredovisningar %1: %2. Var och en blir en egen PDF-fil.</source>
        <translation>Annual reports %1: %2. Each becomes a PDF file of its own.</translation>
    </message>
    <message>
        <source>Inte använt: %1 är ingen vanlig fil och skrevs inte över; rapporten fick ett annat namn.</source>
        <translation>Not used: %1 is not a regular file and was not overwritten; the report got another name.</translation>
    </message>
</context>
<context>
    <name>fhb::gui::CategoryDelegate</name>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Välj en kategori eller skriv en egen.</source>
        <translation>Choose a category or write your own.</translation>
    </message>
</context>
<context>
    <name>fhb::gui::DatabaseActions</name>
    <message>
        <source>Databasen kunde inte öppnas</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <source>Databasen används av någon annan</source>
        <translation>The database is in use by someone else</translation>
    </message>
    <message>
        <source>Öppna skrivskyddad</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Inga senast öppnade databaser</source>
        <translation>No recently opened databases</translation>
    </message>
    <message>
        <source>&amp;Töm listan</source>
        <translation>&amp;Clear the list</translation>
    </message>
    <message>
        <source>Ny databas</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Folkhälsobok-databas (*.db)</source>
        <translation>Folkhälsobok database (*.db)</translation>
    </message>
    <message>
        <source>En ny, tom databas har skapats: %1</source>
        <translation>A new, empty database has been created: %1</translation>
    </message>
    <message>
        <source>Öppna databas</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Folkhälsobok-databas (*.db);;Alla filer (*)</source>
        <translation>Folkhälsobok database (*.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>fhb::gui::DocumentTabs</name>
    <message>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte öppnas</source>
        <translation>The annual report could not be opened</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte skapas</source>
        <translation>The annual report could not be created</translation>
    </message>
    <message>
        <source>%1 är skapad som utkast.</source>
        <translation>%1 has been created as a draft.</translation>
    </message>
    <message>
        <source>Avtalet kunde inte öppnas</source>
        <translation>The agreement could not be opened</translation>
    </message>
</context>
<context>
    <name>fhb::gui::FileDropHandler</name>
    <message>
        <source>Bara rapportfilerna (.json) importeras; %1 togs inte med. Släpp en bokföringsfil för sig.</source>
        <translation>Only the report files (.json) are imported; not included: %1. Drop a bookkeeping file on its own.</translation>
    </message>
    <message>
        <source>Släpp en bokföringsfil i taget: %1 släpptes samtidigt.</source>
        <translation>Drop one bookkeeping file at a time: %1 were dropped together.</translation>
    </message>
    <message>
        <source>%1 kan inte tas emot här: släpp rapportfiler (.json) för att importera rapporter eller en bokföringsfil (.csv, .txt) för att läsa in utgiftsrader.</source>
        <translation>%1 cannot be accepted here: drop report files (.json) to import reports, or one bookkeeping file (.csv, .txt) to read in expense lines.</translation>
    </message>
</context>
<context>
    <name>fhb::gui::FindingsPanel</name>
    <message>
        <source>Kontroller</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Klicka för att gå till fältet.</source>
        <translation>Click to go to the field.</translation>
    </message>
    <message>
        <source>Öppna en årsredovisning för att se dess kontroller.</source>
        <translation>Open an annual report to see its checks.</translation>
    </message>
    <message>
        <source>%1: inga fel och inga varningar.</source>
        <translation>%1: no errors and no warnings.</translation>
    </message>
    <message>
        <source>%1: %2 fel, %3 varningar.</source>
        <translation>%1: %2 errors, %3 warnings.</translation>
    </message>
    <message>
        <source>%1: %2 fel, 1 varning.</source>
        <translation>%1: %2 errors, 1 warning.</translation>
    </message>
</context>
<context>
    <name>fhb::gui::HelpViewer</name>
    <message>
        <source>user-guide.md</source>
        <comment>the user guide&apos;s file name in this language</comment>
        <translation>user-guide.en.md</translation>
    </message>
</context>
<context>
    <name>fhb::gui::HistoryPanel</name>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Öppna en årsredovisning för att se vem som ändrat vad och när.</source>
        <translation>Open an annual report to see who changed what and when.</translation>
    </message>
    <message>
        <source>%1: inga ändringar är loggade.</source>
        <translation>%1: no changes are logged.</translation>
    </message>
    <message>
        <source>%1: en ändring.</source>
        <translation>%1: one change.</translation>
    </message>
    <message>
        <source>%1: %2 ändringar, den senaste först.</source>
        <translation>%1: %2 changes, the latest first.</translation>
    </message>
</context>
<context>
    <name>fhb::gui::LedgerImportActions</name>
    <message>
        <source>&amp;Importera från huvudbok (CSV)…</source>
        <translation>&amp;Import from ledger (CSV)…</translation>
    </message>
    <message>
        <source>Lägg in utgiftsraderna från huvudbokens CSV-fil i en årsredovisning (Ctrl+Skift+I)</source>
        <translation>Add the expense lines from the ledger&apos;s CSV file to an annual report (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Ingen databas är öppen.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>Årsredovisningen %1 för %2 kunde inte öppnas, så inga rader importerades.</source>
        <translation>The %1 annual report for %2 could not be opened, so no lines were imported.</translation>
    </message>
    <message>
        <source>%1 rader (%2) importerades till %3. Ångra med Ctrl+Z.</source>
        <translation>Lines imported into %3: %1 (%2). Undo with Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>fhb::gui::LedgerImportWizard</name>
    <message>
        <source>Windows-1252 (Excel i Windows)</source>
        <translation>Windows-1252 (Excel on Windows)</translation>
    </message>
    <message>
        <source>Semikolon (;)</source>
        <translation>Semicolon (;)</translation>
    </message>
    <message>
        <source>Komma (,)</source>
        <translation>Comma (,)</translation>
    </message>
    <message>
        <source>Tabb</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>&amp;Nästa &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Föregående</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Importera</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Välj huvudbokens CSV-fil</source>
        <translation>Choose the ledger&apos;s CSV file</translation>
    </message>
    <message>
        <source>CSV-filer (*.csv *.txt);;Alla filer (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Välj huvudbokens CSV-fil med Bläddra… eller skriv sökvägen.</source>
        <translation>Choose the ledger&apos;s CSV file with Browse… or type the path.</translation>
    </message>
    <message>
        <source>Filen %1 finns inte. Kontrollera namnet och mappen.</source>
        <translation>The file %1 does not exist. Check the name and the folder.</translation>
    </message>
    <message>
        <source>Filen %1 går inte att läsa. Kontrollera att du har behörighet till den.</source>
        <translation>The file %1 cannot be read. Check that you have permission to read it.</translation>
    </message>
    <message>
        <source>%1 rader lästa från %2.</source>
        <translation>Rows read from %2: %1.</translation>
    </message>
    <message>
        <source>Filen läses som %1%2 med %3 som avgränsare, %4.</source>
        <translation>The file is read as %1%2 with %3 as the separator, %4.</translation>
    </message>
    <message>
        <source> (med BOM)</source>
        <translation> (with BOM)</translation>
    </message>
    <message>
        <source>och första raden är en rubrikrad</source>
        <translation>and the first row is a header row</translation>
    </message>
    <message>
        <source>utan rubrikrad</source>
        <translation>without a header row</translation>
    </message>
    <message>
        <source>rubrik: %1</source>
        <translation>header: %1</translation>
    </message>
    <message>
        <source>rad %1: %2</source>
        <translation>row %1: %2</translation>
    </message>
    <message>
        <source>Kolumn %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>(ingen fotnot)</source>
        <translation>(no footnote)</translation>
    </message>
    <message>
        <source>%1 av %2 rader har fel och är markerade med Fel. Rätta dem i filen, spara den och välj Läs in filen igen, eller ändra format och kolumner på sidorna före.</source>
        <translation>%1 of %2 rows have errors and are marked Error. Correct them in the file, save it and choose Read the file again, or change the format and columns on the previous pages.</translation>
    </message>
    <message>
        <source>%1 rader, summa %2, läggs sist bland utgifterna i årsredovisningen %3 för %4.</source>
        <translation>Rows: %1, total %2. They are added last among the expenses in the %3 annual report for %4.</translation>
    </message>
    <message>
        <source>Raderna läggs sist i utkastet %1 för %2, som har %3 utgiftsrader.</source>
        <translation>The rows are added last in the %1 draft for %2, which has %3 expense lines.</translation>
    </message>
    <message>
        <source>%1 har ingen årsredovisning för %2: ett utkast skapas när du importerar.</source>
        <translation>%1 has no annual report for %2: a draft is created when you import.</translation>
    </message>
    <message>
        <source>Det finns ingen part att importera till. Lägg först till parten under Arkiv → Parter.</source>
        <translation>There is no party to import to. First add the party under File → Parties.</translation>
    </message>
    <message>
        <source>Årsredovisningen %1 för %2 är %3: rader importeras bara till ett utkast. Välj ett annat år, eller be den som godkänner att återöppna årsredovisningen.</source>
        <translation>The %1 annual report for %2 is %3: lines are only imported into a draft. Choose another year, or ask the approver to reopen the annual report.</translation>
    </message>
    <message>
        <source>Kategori, belopp och fotnot måste komma från olika kolumner.</source>
        <translation>Category, amount and footnote must come from different columns.</translation>
    </message>
    <message>
        <source>Importera är avstängt: %1</source>
        <translation>Import is turned off: %1</translation>
    </message>
    <message>
        <source>Rad %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Importera är avstängt: 1 rad har fel. %1</source>
        <translation>Import is turned off: 1 row has an error. %1</translation>
    </message>
    <message>
        <source>Importera är avstängt: %1 rader har fel. Den första: %2</source>
        <translation>Import is turned off: %1 rows have errors. The first: %2</translation>
    </message>
    <message>
        <source>Raderna kunde inte importeras</source>
        <translation>The rows could not be imported</translation>
    </message>
</context>
<context>
    <name>fhb::gui::MainWindow</name>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Navigator</translation>
    </message>
    <message>
        <source>Allt sparas redan medan du arbetar: det finns inget att spara.</source>
        <translation>Everything is already saved while you work: there is nothing to save.</translation>
    </message>
    <message>
        <source>Folkhälsobok</source>
        <translation>Folkhälsobok</translation>
    </message>
    <message>
        <source>Ingen databas är öppen: välj Arkiv → Öppna… eller Arkiv → Ny databas…</source>
        <translation>No database is open: choose File → Open… or File → New database…</translation>
    </message>
    <message>
        <source>%1 — Folkhälsobok</source>
        <translation>%1 — Folkhälsobok</translation>
    </message>
    <message>
        <source>%1 · användare %2 · %3</source>
        <translation>%1 · user %2 · %3</translation>
    </message>
    <message>
        <source>Skrivskyddad</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Skrivbar</source>
        <translation>Writable</translation>
    </message>
    <message>
        <source>Databasen är öppnad skrivskyddad: du kan läsa allt men inte ändra något.</source>
        <translation>The database is opened read-only: you can read everything but change nothing.</translation>
    </message>
    <message>
        <source>Om Folkhälsobok</source>
        <translation>About Folkhälsobok</translation>
    </message>
    <message>
        <source>&amp;Kontroller</source>
        <translation>&amp;Checks</translation>
    </message>
    <message>
        <source>&amp;Historik</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>&amp;Verktygsfält</source>
        <translation>&amp;Toolbar</translation>
    </message>
    <message>
        <source>Översikten</source>
        <translation>The overview</translation>
    </message>
    <message>
        <source>Årsredovisningen</source>
        <translation>The annual report</translation>
    </message>
    <message>
        <source>Avtalet</source>
        <translation>The agreement</translation>
    </message>
    <message>
        <source>Databasen kunde inte läsas helt</source>
        <translation>The database could not be read completely</translation>
    </message>
</context>
<context>
    <name>fhb::gui::NewReportDialog</name>
    <message>
        <source>Det finns ingen part att skriva en årsredovisning för. Lägg först till parten under Arkiv → Parter.</source>
        <translation>There is no party to write an annual report for. First add the party under File → Parties.</translation>
    </message>
    <message>
        <source>%1 har redan en årsredovisning för %2. Öppna den i navigatorn i stället.</source>
        <translation>%1 already has an annual report for %2. Open it in the navigator instead.</translation>
    </message>
    <message>
        <source>Raderna kopieras från årsredovisningen %1. Berättelsen och underskriften kopieras aldrig.</source>
        <translation>The lines are copied from the annual report %1. The narrative and the signature are never copied.</translation>
    </message>
    <message>
        <source>%1 har ingen tidigare årsredovisning, så det finns inget att kopiera.</source>
        <translation>%1 has no earlier annual report, so there is nothing to copy.</translation>
    </message>
    <message>
        <source>Skapa</source>
        <translation>Create</translation>
    </message>
</context>
<context>
    <name>fhb::gui::OverviewDetailPanel</name>
    <message>
        <source>Välj en rad i översikten för att se avtalets diagram och åtaganden.</source>
        <translation>Choose a row in the overview to see the agreement&apos;s chart and obligations.</translation>
    </message>
    <message>
        <source>Åtaganden, uppfyllda per år</source>
        <translation>Obligations, fulfilled per year</translation>
    </message>
    <message>
        <source>Åtaganden och hur de har uppfyllts per år</source>
        <translation>Obligations and how they have been fulfilled per year</translation>
    </message>
    <message>
        <source>%1 – %2 (åtagande)</source>
        <translation>%1 – %2 (commitment)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Senaste år med rapport: %1, %2 (saldo %3 kr). Ackumulerat saldo för åren med rapport: %4 kr.</source>
        <translation>Latest year with a report: %1, %2 (balance %3 kr). Accumulated balance for the years with a report: %4 kr.</translation>
    </message>
    <message>
        <source>Avtalet har inga år med känd ersättning ännu.</source>
        <translation>The agreement has no years with a known compensation yet.</translation>
    </message>
    <message>
        <source>Ingen årsredovisning har kommit in för avtalet ännu: staplarna visar bara kravet.</source>
        <translation>No annual report has come in for the agreement yet: the bars show only the requirement.</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>uppfyllt</source>
        <translation>fulfilled</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>inte uppfyllt</source>
        <translation>not fulfilled</translation>
    </message>
    <message>
        <source>inte uppföljt ännu: året är inte slut</source>
        <translation>not followed up yet: the year is not over</translation>
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
        <translation>Obligation</translation>
    </message>
    <message>
        <source>Åtaganden: avtalet har inga.</source>
        <translation>Obligations: the agreement has none.</translation>
    </message>
    <message>
        <source>Anteckningar: %1</source>
        <translation>Notes: %1</translation>
    </message>
</context>
<context>
    <name>fhb::gui::OverviewExportActions</name>
    <message>
        <source>Exportera till &amp;Excel…</source>
        <translation>Export to &amp;Excel…</translation>
    </message>
    <message>
        <source>Spara översikten som Excel-arbetsbok: bladet Översikt som på skärmen och bladet Rader med ett år per rad; beloppen är tal i kronor</source>
        <translation>Save the overview as an Excel workbook: the Overview sheet as on screen and the Rows sheet with one year per row; the amounts are numbers in kronor</translation>
    </message>
    <message>
        <source>Exportera till &amp;CSV…</source>
        <translation>Export to &amp;CSV…</translation>
    </message>
    <message>
        <source>Spara översikten som semikolonseparerad text för svenska Excel (UTF-8)</source>
        <translation>Save the overview as semicolon-separated text for Swedish Excel (UTF-8)</translation>
    </message>
    <message>
        <source>Exportera till &amp;PDF…</source>
        <translation>Export to &amp;PDF…</translation>
    </message>
    <message>
        <source>Spara översikten som liggande A4 med diagrammet för den valda raden</source>
        <translation>Save the overview as landscape A4 with the chart for the selected row</translation>
    </message>
    <message>
        <source>Samverkansöversikt</source>
        <translation>Co-funding overview</translation>
    </message>
    <message>
        <source>Exportera översikten till Excel</source>
        <translation>Export the overview to Excel</translation>
    </message>
    <message>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Exportera översikten till CSV</source>
        <translation>Export the overview to CSV</translation>
    </message>
    <message>
        <source>CSV-fil för Excel (*.csv)</source>
        <translation>CSV file for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Exportera översikten till PDF</source>
        <translation>Export the overview to PDF</translation>
    </message>
    <message>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Det finns ingen översikt att exportera: öppna en databas först.</source>
        <translation>There is no overview to export: open a database first.</translation>
    </message>
    <message>
        <source>Översikt</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Rader</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Utdrag %1</source>
        <translation>Extract %1</translation>
    </message>
    <message>
        <source>%1 · utdrag %2</source>
        <translation>%1 · extract %2</translation>
    </message>
    <message>
        <source>Översikten kunde inte exporteras</source>
        <translation>The overview could not be exported</translation>
    </message>
    <message>
        <source>Översikten är exporterad till %1</source>
        <translation>The overview has been exported to %1</translation>
    </message>
</context>
<context>
    <name>fhb::gui::OverviewView</name>
    <message>
        <source>Databasen har inga avtal med känd ersättning ännu.</source>
        <translation>The database has no agreements with a known compensation yet.</translation>
    </message>
    <message>
        <source>Alla avtal</source>
        <translation>All agreements</translation>
    </message>
    <message>
        <source>När ett avtal har en ersättning för ett år visas här vad parterna har satt in mot kravet, år för år.</source>
        <translation>When an agreement has a compensation for a year, this shows what the parties have contributed against the requirement, year by year.</translation>
    </message>
    <message>
        <source>Senast rapporterade år: %1</source>
        <translation>Latest reported year: %1</translation>
    </message>
    <message>
        <source>Inga rader stämmer med filtret. Välj Visa: Alla, en annan delregion eller fler år.</source>
        <translation>No rows match the filter. Choose Show: All, another sub-region or more years.</translation>
    </message>
    <message>
        <source>Saldot är insatsen minus kravet, i kronor. Visar %1 avtal och %2 medlemsrader. Enter eller dubbelklick på ett år öppnar rapporten, på namnet avtalet.</source>
        <translation>The balance is the contribution minus the requirement, in kronor. Shown: %1 agreements and %2 member rows. Enter or a double-click on a year opens the report; on the name, the agreement.</translation>
    </message>
    <message>
        <source>Samverkansöversikt</source>
        <translation>Co-funding overview</translation>
    </message>
    <message>
        <source>Samverkansöversikt %1</source>
        <translation>Co-funding overview %1</translation>
    </message>
    <message>
        <source>Samverkansöversikt %1–%2</source>
        <translation>Co-funding overview %1–%2</translation>
    </message>
    <message>
        <source>Expo&amp;rtera</source>
        <translation>Expo&amp;rt</translation>
    </message>
    <message>
        <source>Exportera översikten till Excel, CSV eller PDF</source>
        <translation>Export the overview to Excel, CSV or PDF</translation>
    </message>
</context>
<context>
    <name>fhb::gui::ParagraphDelegate</name>
    <message>
        <source>Stycke</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <source>Texten sparas medan du skriver. Enter avslutar, Skift+Enter ger en ny rad, Ctrl+Z ångrar.</source>
        <translation>The text is saved as you type. Enter finishes, Shift+Enter gives a new line, Ctrl+Z undoes.</translation>
    </message>
</context>
<context>
    <name>fhb::gui::PartiesDialog</name>
    <message>
        <source>Ta bort den markerade parten</source>
        <translation>Delete the selected party</translation>
    </message>
    <message>
        <source>%1 är tillagd.</source>
        <translation>%1 has been added.</translation>
    </message>
    <message>
        <source>%1 heter nu %2.</source>
        <translation>%1 is now called %2.</translation>
    </message>
    <message>
        <source>%1 är borttagen.</source>
        <translation>%1 has been deleted.</translation>
    </message>
    <message>
        <source>Medlemmar i %1</source>
        <translation>Members of %1</translation>
    </message>
    <message>
        <source>Medlemmar (välj en länsdel i listan)</source>
        <translation>Members (select a county part in the list)</translation>
    </message>
    <message>
        <source>%1 är medlem i %2 %3–%4.</source>
        <translation>%1 is a member of %2 %3–%4.</translation>
    </message>
    <message>
        <source>Medlemskapet är ändrat: %1 %2–%3.</source>
        <translation>The membership is changed: %1 %2–%3.</translation>
    </message>
    <message>
        <source>%1 är inte längre medlem i %2.</source>
        <translation>%1 is no longer a member of %2.</translation>
    </message>
</context>
<context>
    <name>fhb::gui::PdfActions</name>
    <message>
        <source>&amp;Exportera PDF…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <source>Exportera PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Spara årsredovisningen som PDF/A-fil för arkivet och regionen (Ctrl+E)</source>
        <translation>Save the annual report as a PDF/A file for the archive and the region (Ctrl+E)</translation>
    </message>
    <message>
        <source>Exportera &amp;alla årsredovisningar för ett år…</source>
        <translation>Export &amp;all annual reports of a year…</translation>
    </message>
    <message>
        <source>Skriv en PDF-fil per årsredovisning för ett år till en mapp (Ctrl+Skift+E)</source>
        <translation>Write one PDF file per annual report of a year to a folder (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>&amp;Förhandsgranska…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>Visa årsredovisningen som den blir utskriven (Ctrl+Skift+P)</source>
        <translation>Show the annual report as it will be printed (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Skriv &amp;ut…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Skriv ut årsredovisningen (Ctrl+P)</source>
        <translation>Print the annual report (Ctrl+P)</translation>
    </message>
    <message>
        <source>Öppna en årsredovisning först: det finns ingen att skriva ut.</source>
        <translation>Open an annual report first: there is none to print.</translation>
    </message>
    <message>
        <source>Exportera årsredovisningen som PDF</source>
        <translation>Export the annual report as PDF</translation>
    </message>
    <message>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>PDF-filen kunde inte skapas</source>
        <translation>The PDF file could not be created</translation>
    </message>
    <message>
        <source>Årsredovisningen är sparad som PDF: %1</source>
        <translation>The annual report is saved as PDF: %1</translation>
    </message>
    <message>
        <source>Förhandsgranskningen kunde inte visas</source>
        <translation>The print preview could not be shown</translation>
    </message>
    <message>
        <source>Förhandsgranska – %1</source>
        <translation>Print preview – %1</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte skrivas ut</source>
        <translation>The annual report could not be printed</translation>
    </message>
    <message>
        <source>Skriv ut – %1</source>
        <translation>Print – %1</translation>
    </message>
    <message>
        <source>%1 är skickad till skrivaren.</source>
        <translation>%1 has been sent to the printer.</translation>
    </message>
    <message>
        <source>De exporterade PDF-filerna finns i %1</source>
        <translation>The exported PDF files are in %1</translation>
    </message>
</context>
<context>
    <name>fhb::gui::ReopenDialog</name>
    <message>
        <source>%1 är godkänd och låst. Återöppnad blir den ett utkast som kan ändras och måste godkännas igen. Skriv varför den öppnas: orsaken sparas i historiken tillsammans med ditt namn och tiden.</source>
        <translation>%1 is approved and locked. Reopened, it becomes a draft that can be changed and must be approved again. Write why it is reopened: the reason is recorded in the history together with your name and the time.</translation>
    </message>
    <message>
        <source>Återöppna</source>
        <translation>Reopen</translation>
    </message>
</context>
<context>
    <name>fhb::gui::ReportActions</name>
    <message>
        <source>Ångra den senaste ändringen (Ctrl+Z)</source>
        <translation>Undo the latest change (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Gör om det som ångrades (Ctrl+Skift+Z)</source>
        <translation>Redo what was undone (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>&amp;Ångra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Ångra %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Gör om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Gör om %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>%1 är inskickad.</source>
        <translation>%1 has been submitted.</translation>
    </message>
    <message>
        <source>Godkänn årsredovisningen</source>
        <translation>Approve the annual report</translation>
    </message>
    <message>
        <source>Godkänn %1?

En godkänd årsredovisning är låst: ingen kan ändra den förrän en controller återöppnar den och anger varför.</source>
        <translation>Approve %1?

An approved annual report is locked: nobody can change it until a controller reopens it and gives the reason.</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte godkännas</source>
        <translation>The annual report could not be approved</translation>
    </message>
    <message>
        <source>%1 är godkänd och låst.</source>
        <translation>%1 is approved and locked.</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte återöppnas</source>
        <translation>The annual report could not be reopened</translation>
    </message>
    <message>
        <source>%1 är återöppnad som utkast. Orsaken är sparad i historiken.</source>
        <translation>%1 has been reopened as a draft. The reason is recorded in the history.</translation>
    </message>
    <message>
        <source>%1 kan inte skickas in</source>
        <translation>%1 cannot be submitted</translation>
    </message>
    <message>
        <source>Panelen Kontroller visar samma fel: klicka på ett av dem för att gå till fältet.</source>
        <translation>The Checks panel shows the same errors: click one of them to go to its field.</translation>
    </message>
</context>
<context>
    <name>fhb::gui::ReportFileActions</name>
    <message>
        <source>Exportera rapport för ins&amp;kickning…</source>
        <translation>Export report for sub&amp;mission…</translation>
    </message>
    <message>
        <source>Spara årsredovisningen som en fil att skicka till regionen, som importerar den</source>
        <translation>Save the annual report as a file to send to the region, which imports it</translation>
    </message>
    <message>
        <source>&amp;Importera rapporter…</source>
        <translation>&amp;Import reports…</translation>
    </message>
    <message>
        <source>Importera årsredovisningar som kommuner och länsdelar har skickat som filer (Ctrl+Skift+O)</source>
        <translation>Import annual reports that municipalities and county parts have sent as files (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Exportera rapport för inskickning</source>
        <translation>Export report for submission</translation>
    </message>
    <message>
        <source>Rapportfil (*.json)</source>
        <translation>Report file (*.json)</translation>
    </message>
    <message>
        <source>Rapportfilen kunde inte skapas</source>
        <translation>The report file could not be created</translation>
    </message>
    <message>
        <source>%1 är sparad för inskickning: %2. Skicka filen till regionen.</source>
        <translation>%1 is saved for submission: %2. Send the file to the region.</translation>
    </message>
    <message>
        <source>Importera rapporter</source>
        <translation>Import reports</translation>
    </message>
    <message>
        <source>Rapportfiler (*.json);;Alla filer (*)</source>
        <translation>Report files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Rapporterna kan inte importeras: databasen är öppnad skrivskyddad.</source>
        <translation>The reports cannot be imported: the database is opened read-only.</translation>
    </message>
    <message>
        <source>Öppna eller skapa en databas först: rapporterna importeras till den.</source>
        <translation>Open or create a database first: the reports are imported into it.</translation>
    </message>
    <message>
        <source>Importen är klar: </source>
        <translation>The import is done: </translation>
    </message>
    <message>
        <source>Filer som inte importerades (ingenting i dem har ändrats):</source>
        <translation>Files that were not imported (nothing in them has been changed):</translation>
    </message>
    <message>
        <source>Att känna till:</source>
        <translation>Good to know:</translation>
    </message>
</context>
<context>
    <name>fhb::gui::ReportFilesImportDialog</name>
    <message>
        <source>&amp;Importera</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Importera rapporterna som läggs till eller ersätts</source>
        <translation>Import the reports that are added or replaced</translation>
    </message>
    <message>
        <source>Det finns inget att importera med de val som är gjorda.</source>
        <translation>There is nothing to import with the choices made.</translation>
    </message>
    <message>
        <source>Markera en rapport och tryck på blanksteg för att kryssa i eller ur den.</source>
        <translation>Select a report and press Space to tick or untick it.</translation>
    </message>
</context>
<context>
    <name>fhb::gui::ReportSummaryPanel</name>
    <message>
        <source>Länsdelens insats</source>
        <translation>County part&apos;s contribution</translation>
    </message>
    <message>
        <source>Organisationens insats</source>
        <translation>Organisation&apos;s contribution</translation>
    </message>
    <message>
        <source>Kommunens insats</source>
        <translation>Municipal contribution</translation>
    </message>
    <message>
        <source>Medfinansiering %1</source>
        <translation>Co-funding %1</translation>
    </message>
    <message>
        <source>Inget avtal täcker %1 för %2, så medfinansieringen kontrolleras inte.</source>
        <translation>No agreement covers %1 for %2, so the co-funding is not checked.</translation>
    </message>
    <message>
        <source>· preliminär</source>
        <translation>· preliminary</translation>
    </message>
    <message>
        <source>Kravet är %1s åtagande i avtalet %2.</source>
        <translation>The requirement is %1&apos;s commitment in the agreement %2.</translation>
    </message>
    <message>
        <source>Insatsen räknas i %1s avtal %2 tillsammans med övriga medlemmar.</source>
        <translation>The contribution counts in %1&apos;s agreement %2 together with the other members.</translation>
    </message>
    <message>
        <source>Enligt avtalet %1, medfinansieringsgrad %2.</source>
        <translation>Under the agreement %1, co-funding ratio %2.</translation>
    </message>
    <message>
        <source>Ersättning (länsdelen)</source>
        <translation>Compensation (county part)</translation>
    </message>
    <message>
        <source>Ersättning</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>Krav (åtagande)</source>
        <translation>Required (commitment)</translation>
    </message>
    <message>
        <source>Krav</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>fhb::gui::RevenueKindDelegate</name>
    <message>
        <source>Slag av intäkt</source>
        <translation>Kind of revenue</translation>
    </message>
</context>
<context>
    <name>fhb::storage::AgreementStore</name>
    <message>
        <source>läsa parterna</source>
        <translation>read the parties</translation>
    </message>
    <message>
        <source>Finansiären ”%1” finns inte bland parterna. Välj en finansiär ur listan.</source>
        <translation>The funder “%1” is not among the parties. Choose a funder from the list.</translation>
    </message>
    <message>
        <source>Motparten ”%1” finns inte bland parterna. Välj en motpart ur listan.</source>
        <translation>The counterparty “%1” is not among the parties. Choose a counterparty from the list.</translation>
    </message>
    <message>
        <source>Kommunen ”%1” i åtagandena finns inte bland parterna.</source>
        <translation>The municipality “%1” in the commitments is not among the parties.</translation>
    </message>
    <message>
        <source>Avtalen kunde inte läsas.</source>
        <translation>The agreements could not be read.</translation>
    </message>
    <message>
        <source>läsa avtalen</source>
        <translation>read the agreements</translation>
    </message>
    <message>
        <source>Det finns redan ett avtal som heter ”%1”. Välj ett annat namn.</source>
        <translation>There is already an agreement called “%1”. Choose another name.</translation>
    </message>
    <message>
        <source>Avtalet kunde inte sparas: databasen används av ett annat program just nu. Försök igen om en stund.</source>
        <translation>The agreement could not be saved: another program is using the database right now. Try again in a moment.</translation>
    </message>
    <message>
        <source>Avtalet kunde inte sparas: det är inte samma avtal.</source>
        <translation>The agreement could not be saved: it is not the same agreement.</translation>
    </message>
    <message>
        <source>Någon annan har ändrat avtalet sedan du öppnade det, så din ändring sparades inte. Läs in avtalet igen och gör sedan om ändringen.</source>
        <translation>Someone else has changed the agreement since you opened it, so your change was not saved. Read the agreement again and then redo the change.</translation>
    </message>
    <message>
        <source>Avtalets årsredovisningar kunde inte räknas.</source>
        <translation>The agreement&apos;s annual reports could not be counted.</translation>
    </message>
    <message>
        <source>räkna avtalets årsredovisningar</source>
        <translation>count the agreement&apos;s annual reports</translation>
    </message>
    <message>
        <source>Avtalet kunde inte tas bort: databasen används av ett annat program just nu. Försök igen om en stund.</source>
        <translation>The agreement could not be deleted: another program is using the database right now. Try again in a moment.</translation>
    </message>
    <message>
        <source>Avtalet ”%1” kan inte tas bort: %2 för åren %3–%4 räknas mot det. Ändra avtalet i stället, eller ta först bort årsredovisningarna.</source>
        <translation>The agreement “%1” cannot be deleted: %2 for the years %3–%4 count towards it. Change the agreement instead, or first delete the annual reports.</translation>
    </message>
    <message>
        <source>1 årsredovisning</source>
        <translation>1 annual report</translation>
    </message>
    <message>
        <source>%1 årsredovisningar</source>
        <translation>%1 annual reports</translation>
    </message>
    <message>
        <source>Avtalet kunde inte tas bort.</source>
        <translation>The agreement could not be deleted.</translation>
    </message>
    <message>
        <source>ta bort avtalet</source>
        <translation>delete the agreement</translation>
    </message>
    <message>
        <source>uppfyllt</source>
        <translation>fulfilled</translation>
    </message>
    <message>
        <source>ej uppfyllt</source>
        <translation>not fulfilled</translation>
    </message>
</context>
<context>
    <name>fhb::storage::Database</name>
    <message>
        <source>det är en mapp, inte en fil. Välj databasfilen i mappen.</source>
        <translation>it is a folder, not a file. Choose the database file in the folder.</translation>
    </message>
    <message>
        <source>databasen är inte öppen</source>
        <translation>the database is not open</translation>
    </message>
    <message>
        <source>filen kunde inte öppnas</source>
        <translation>the file could not be opened</translation>
    </message>
    <message>
        <source>Säkerhetskopian %1</source>
        <translation>The backup %1</translation>
    </message>
    <message>
        <source>innehållet är inte en SQLite-databas</source>
        <translation>the content is not an SQLite database</translation>
    </message>
    <message>
        <source>databasversion %1; den här versionen förstår upp till %2</source>
        <translation>database version %1; this version understands up to %2</translation>
    </message>
    <message>
        <source>saknar tabeller (%1)</source>
        <translation>lacks tables (%1)</translation>
    </message>
    <message>
        <source>filen kan inte läsas (%1). Kontrollera att du har läsrätt till den.</source>
        <translation>the file cannot be read (%1). Check that you may read it.</translation>
    </message>
    <message>
        <source>filen är tom, 0 byte</source>
        <translation>the file is empty, 0 bytes</translation>
    </message>
    <message>
        <source>Databasfilen %1 är låst av ett annat program som skriver i den just nu. Filen har inte ändrats. Låsfilen %2 tillhör %3 och du får inte läsa den, så det går inte att se vem som skriver. Försök igen om en stund; skriver ingen, kan %3 eller en administratör ta bort låsfilen.</source>
        <translation>The database file %1 is locked by another program that is writing to it right now. The file has not been changed. The lock file %2 belongs to %3 and you may not read it, so it is not possible to see who is writing. Try again in a moment; if no one is writing, %3 or an administrator can remove the lock file.</translation>
    </message>
    <message>
        <source>SQLite-drivrutinen saknas.</source>
        <translation>The SQLite driver is missing.</translation>
    </message>
    <message>
        <source>Uppgraderingsskriptet %1 saknas i programmet.</source>
        <translation>The upgrade script %1 is missing from the program.</translation>
    </message>
    <message>
        <source>Databasen kunde inte uppgraderas till version %1; ingenting har ändrats i den.</source>
        <translation>The database could not be upgraded to version %1; nothing in it has been changed.</translation>
    </message>
    <message>
        <source>filen kunde inte skapas (%1). Kontrollera att mappen finns och att du får skriva i den.</source>
        <translation>the file could not be created (%1). Check that the folder exists and that you may write to it.</translation>
    </message>
    <message>
        <source>SQLite kunde inte öppna den nya filen.</source>
        <translation>SQLite could not open the new file.</translation>
    </message>
    <message>
        <source>SQLite kunde inte slå på kontrollen av främmande nycklar.</source>
        <translation>SQLite could not turn on the foreign key checks.</translation>
    </message>
    <message>
        <source>filen har ett äldre databasformat (version %1) som måste uppgraderas, men den går inte att skriva i. %2</source>
        <translation>the file has an older database format (version %1) that must be upgraded, but it cannot be written to. %2</translation>
    </message>
    <message>
        <source>SQLite kunde inte öppna filen för läsning.</source>
        <translation>SQLite could not open the file for reading.</translation>
    </message>
    <message>
        <source>SQLite kunde inte öppna filen.</source>
        <translation>SQLite could not open the file.</translation>
    </message>
    <message>
        <source>Ändringen kunde inte sparas: ingen transaktion pågår.</source>
        <translation>The change could not be saved: no transaction is in progress.</translation>
    </message>
    <message>
        <source>spara ändringen</source>
        <translation>save the change</translation>
    </message>
    <message>
        <source>SQLite:s hjälpfil %1 tillhör %2 och du får inte skriva i den, så databasen är öppnad skrivskyddad. Filen innehåller ändringar som ännu inte skrivits in i databasen och får inte tas bort: be %2 öppna databasen en gång för skrivning, eller be en administratör ge filen samma ägare som databasen.</source>
        <translation>SQLite&apos;s side file %1 belongs to %2 and you may not write to it, so the database has been opened read-only. The file holds changes not yet written into the database and must not be removed: ask %2 to open the database once for writing, or ask an administrator to give the file the same owner as the database.</translation>
    </message>
    <message>
        <source>SQLite:s hjälpfil %1 tillhör %2 och du får inte skriva i den, så databasen är öppnad skrivskyddad. Den lämnades troligen kvar när %2 läste databasen med ett annat program. När ingen har databasen öppen kan %2 eller en administratör ta bort filen; den innehåller inget som behövs.</source>
        <translation>SQLite&apos;s side file %1 belongs to %2 and you may not write to it, so the database has been opened read-only. It was probably left behind when %2 read the database with another program. When no one has the database open, %2 or an administrator can remove the file; it holds nothing that is needed.</translation>
    </message>
    <message>
        <source>Databasen är öppnad skrivskyddad. Öppna den igen utan skrivskydd för att kunna ändra något.</source>
        <translation>The database is opened read-only. Open it again without write protection to be able to change anything.</translation>
    </message>
    <message>
        <source>Filen %1 har flera namn (hårda länkar). SQLite håller ändringar i en hjälpfil som hör till namnet, så två program som skriver under olika namn ser inte varandra och ändringar kan gå förlorade. Databasen är därför öppnad skrivskyddad, och det du ser kan sakna ändringar som gjorts under ett annat namn. Ta bort de andra namnen, eller gör en riktig kopia av filen, för att kunna ändra i den.</source>
        <translation>The file %1 has several names (hard links). SQLite keeps changes in a side file that belongs to the name, so two programs writing under different names do not see each other and changes can be lost. The database has therefore been opened read-only, and what you see may lack changes made under another name. Remove the other names, or make a real copy of the file, to be able to change it.</translation>
    </message>
    <message>
        <source>Filen %1 ligger i ett skrivskyddat filsystem (en skrivskyddad enhet eller montering), så databasen är öppnad skrivskyddad. Kopiera filen till en plats där du får skriva för att kunna ändra i den.</source>
        <translation>The file %1 is on a read-only file system (a read-only drive or mount), so the database has been opened read-only. Copy the file to a place where you may write to be able to change it.</translation>
    </message>
    <message>
        <source>Du har inte skrivrätt till filen %1, så databasen är öppnad skrivskyddad. Be filens ägare om skrivrätt, eller arbeta i en kopia av filen.</source>
        <translation>You may not write to the file %1, so the database is opened read-only. Ask the file&apos;s owner for write permission, or work in a copy of the file.</translation>
    </message>
    <message>
        <source>Du har inte skrivrätt i mappen %1, där databasen behöver skapa tillfälliga filer, så den är öppnad skrivskyddad. Flytta filen till en mapp där du får skriva.</source>
        <translation>You may not write in the folder %1, where the database needs to create temporary files, so it is opened read-only. Move the file to a folder where you may write.</translation>
    </message>
    <message>
        <source>disken är full, så SQLite kunde inte skapa eller skriva sina hjälpfiler (%1-wal, %1-shm). Filen har inte ändrats. Frigör utrymme på disken och försök igen.</source>
        <translation>the disk is full, so SQLite could not create or write its side files (%1-wal, %1-shm). The file has not been changed. Free space on the disk and try again.</translation>
    </message>
    <message>
        <source>ett skrivförsök i filen avbröts (programmet stängdes eller datorn stannade), och det som inte blev klart måste tas bort innan filen kan läsas. Det sker av sig självt när databasen öppnas en gång för skrivning, till exempel med kommandot check, av någon som får skriva i filen och mappen. Filen har inte ändrats.</source>
        <translation>a write to the file was interrupted (the program was closed or the computer stopped), and what was not finished must be removed before the file can be read. That happens by itself when the database is opened once for writing, for example with the check command, by someone who may write to the file and the folder. The file has not been changed.</translation>
    </message>
    <message>
        <source>SQLite:s hjälpfil %1 tillhör %2 och du får inte %3 den. När ingen har databasen öppen kan %2 eller en administratör ta bort den, om den är tom; annars ska %2 öppna databasen en gång för skrivning.</source>
        <translation>SQLite&apos;s side file %1 belongs to %2 and you may not %3 it. When no one has the database open, %2 or an administrator can remove it if it is empty; otherwise %2 should open the database once for writing.</translation>
    </message>
    <message>
        <source>skriva i</source>
        <translation>write to</translation>
    </message>
    <message>
        <source>läsa</source>
        <translation>read</translation>
    </message>
    <message>
        <source>du har inte läsrätt till filen. Be filens ägare om läsrätt.</source>
        <translation>you do not have permission to read the file. Ask the file&apos;s owner for read permission.</translation>
    </message>
    <message>
        <source>SQLite kunde inte läsa filen (%1).</source>
        <translation>SQLite could not read the file (%1).</translation>
    </message>
    <message>
        <source>filen har ändringar som ännu inte skrivits in i den (i %1), och de kan inte läsas här. Öppna den en gång där du får skriva, så förs ändringarna in i filen.</source>
        <translation>the file has changes that have not yet been written into it (in %1), and they cannot be read here. Open it once where you may write, and the changes are written into the file.</translation>
    </message>
    <message>
        <source>Databasfilen %1 finns inte. Kontrollera sökvägen, eller skapa en ny databas.</source>
        <translation>The database file %1 does not exist. Check the path, or create a new database.</translation>
    </message>
    <message>
        <source>Det finns redan en fil som heter %1. Ingen ny databas skapades och filen har inte ändrats. Välj ett annat filnamn, eller öppna den befintliga filen.</source>
        <translation>There is already a file called %1. No new database was created and the file has not been changed. Choose another file name, or open the existing file.</translation>
    </message>
    <message>
        <source>Filen %1 är ingen Folkhälsobok-databas (%2). Filen har inte ändrats. Välj en databasfil som Folkhälsobok har skapat.</source>
        <translation>The file %1 is not a Folkhälsobok database (%2). The file has not been changed. Choose a database file that Folkhälsobok has created.</translation>
    </message>
    <message>
        <source>Filen %1 är en SQLite-databas från ett annat program, inte från Folkhälsobok. Filen har inte ändrats. Välj en databasfil som Folkhälsobok har skapat.</source>
        <translation>The file %1 is an SQLite database from another program, not from Folkhälsobok. The file has not been changed. Choose a database file that Folkhälsobok has created.</translation>
    </message>
    <message>
        <source>Filen %1 har sparats av en nyare version av Folkhälsobok (%2). Filen har inte ändrats. Uppdatera Folkhälsobok för att kunna öppna den.</source>
        <translation>The file %1 has been saved by a newer version of Folkhälsobok (%2). The file has not been changed. Update Folkhälsobok to be able to open it.</translation>
    </message>
    <message>
        <source>Databasfilen %1 är skadad (integritetskontrollen hittade fel). Filen har inte ändrats. Återställ den från en säkerhetskopia.</source>
        <translation>The database file %1 is corrupt (the integrity check found errors). The file has not been changed. Restore it from a backup.</translation>
    </message>
    <message>
        <source>Databasfilen %1 är skadad: den %2. Filen har inte ändrats. Återställ den från en säkerhetskopia.</source>
        <translation>The database file %1 is damaged: it %2. The file has not been changed. Restore it from a backup.</translation>
    </message>
    <message>
        <source>Databasfilen %1 är låst av ett annat program som skriver i den just nu. Filen har inte ändrats. Försök igen om en stund, eller stäng det andra programmet.</source>
        <translation>The database file %1 is locked by another program that is writing to it right now. The file has not been changed. Try again in a moment, or close the other program.</translation>
    </message>
    <message>
        <source>Databasfilen %1 kunde inte öppnas: %2</source>
        <translation>The database file %1 could not be opened: %2</translation>
    </message>
</context>
<context>
    <name>fhb::storage::DatasetImporter</name>
    <message>
        <source>Importen kunde inte påbörjas: databasen används av ett annat program. Ingenting har importerats. Försök igen om en stund.</source>
        <translation>The import could not be started: another program is using the database. Nothing has been imported. Try again in a moment.</translation>
    </message>
    <message>
        <source>läsa databasens årsredovisningar</source>
        <translation>read the database&apos;s annual reports</translation>
    </message>
    <message>
        <source>okänd part &apos;%1&apos; (den finns varken i filen eller i databasen)</source>
        <translation>unknown party &apos;%1&apos; (it is neither in the file nor in the database)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; är en part av slaget %2, men här krävs %3</source>
        <translation>&apos;%1&apos; is a party of the kind %2, but %3 is required here</translation>
    </message>
    <message>
        <source>namnet saknas</source>
        <translation>the name is missing</translation>
    </message>
    <message>
        <source>&apos;%1&apos; finns redan som parties[%2]</source>
        <translation>&apos;%1&apos; already exists as parties[%2]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; finns redan i databasen som %2, inte som %3</source>
        <translation>&apos;%1&apos; already exists in the database as %2, not as %3</translation>
    </message>
    <message>
        <source>bara en länsdel kan ha medlemmar</source>
        <translation>only a county part can have members</translation>
    </message>
    <message>
        <source>slutåret %1 ligger före startåret %2</source>
        <translation>the last year %1 is before the first year %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; finns redan som agreements[%2]</source>
        <translation>&apos;%1&apos; already exists as agreements[%2]</translation>
    </message>
    <message>
        <source>årsredovisningen för %1 %2 finns redan som reports[%3]</source>
        <translation>the annual report for %1 %2 already exists as reports[%3]</translation>
    </message>
    <message>
        <source>slutdatumet ligger före startdatumet</source>
        <translation>the end date is before the start date</translation>
    </message>
    <message>
        <source>årsredovisningen för %1 %2 är godkänd och låst i databasen och kan inte ersättas. Be en controller att öppna den igen först.</source>
        <translation>the annual report for %1 %2 is approved and locked in the database and cannot be replaced. Ask a controller to reopen it first.</translation>
    </message>
    <message>
        <source>det finns redan en annan årsredovisning för %1 %2 i databasen. Välj att ersätta befintliga årsredovisningar för att ta filens.</source>
        <translation>there is already another annual report for %1 %2 in the database. Choose to replace existing annual reports to take the file&apos;s.</translation>
    </message>
    <message>
        <source>Länsdelen &apos;%1&apos; har andra medlemmar i filen än i databasen; databasens medlemmar behålls.</source>
        <translation>The county part &apos;%1&apos; has other members in the file than in the database; the database&apos;s members are kept.</translation>
    </message>
    <message>
        <source>Överenskommelsen &apos;%1&apos; skiljer sig från databasens (%2); databasens version behålls. Välj att ersätta för att ta filens version.</source>
        <translation>The agreement &apos;%1&apos; differs from the database&apos;s (%2); the database&apos;s version is kept. Choose to replace to take the file&apos;s version.</translation>
    </message>
    <message>
        <source>liknar den befintliga parten &apos;%1&apos;; skriv namnet exakt som i databasen</source>
        <translation>looks like the existing party &apos;%1&apos;; write the name exactly as in the database</translation>
    </message>
    <message>
        <source>liknar den befintliga överenskommelsen &apos;%1&apos;; skriv namnet exakt som i databasen</source>
        <translation>looks like the existing agreement &apos;%1&apos;; write the name exactly as in the database</translation>
    </message>
    <message>
        <source>i databasen</source>
        <translation>in the database</translation>
    </message>
    <message>
        <source>%1 står två gånger som medlem i %2 för samma år (%3–%4 och %5–%6, %7)</source>
        <translation>%1 is listed twice as a member of %2 for the same year (%3–%4 and %5–%6, %7)</translation>
    </message>
    <message>
        <source>%1 är redan medlem i %2 %3–%4 (%5); en kommun kan bara höra till en länsdel åt gången</source>
        <translation>%1 is already a member of %2 %3–%4 (%5); a municipality can belong to one county part at a time</translation>
    </message>
    <message>
        <source>%1: årsredovisningen för %2 %3 har ändrats sedan den godkändes (fingeravtrycket stämmer inte) och kommer in som inskickad.</source>
        <translation>%1: the annual report for %2 %3 has been changed since it was approved (the fingerprint does not match) and comes in as submitted.</translation>
    </message>
    <message>
        <source>%1: årsredovisningen för %2 %3 är godkänd i filen men kommer in som inskickad. Bara en controller kan godkänna den här.</source>
        <translation>%1: the annual report for %2 %3 is approved in the file but comes in as submitted. Only a controller can approve it here.</translation>
    </message>
    <message>
        <source>årtalet %1 ligger utanför %2–%3</source>
        <translation>the year %1 lies outside %2–%3</translation>
    </message>
    <message>
        <source>beloppet får inte vara negativt</source>
        <translation>the amount must not be negative</translation>
    </message>
</context>
<context>
    <name>fhb::storage::PartyStore</name>
    <message>
        <source>Medlemmen ”%1” finns inte bland parterna. Lägg till kommunen först.</source>
        <translation>The member “%1” is not among the parties. Add the municipality first.</translation>
    </message>
    <message>
        <source>En länsdel kan inte vara medlem i sig själv.</source>
        <translation>A county part cannot be a member of itself.</translation>
    </message>
    <message>
        <source>%1 är inte en kommun. Bara kommuner kan vara medlemmar i en länsdel.</source>
        <translation>%1 is not a municipality. Only municipalities can be members of a county part.</translation>
    </message>
    <message>
        <source>Medlemskapet för %1 (%2–%3) går inte: det första året måste komma före eller vara lika med det sista, mellan 1900 och 2200.</source>
        <translation>The membership of %1 (%2–%3) is not possible: the first year must come before or equal the last, between 1900 and 2200.</translation>
    </message>
    <message>
        <source>Skriv partens namn.</source>
        <translation>Write the party&apos;s name.</translation>
    </message>
    <message>
        <source>Bara en länsdel kan ha medlemmar.</source>
        <translation>Only a county part can have members.</translation>
    </message>
    <message>
        <source>Det finns redan en part som heter ”%1”. Välj ett annat namn.</source>
        <translation>There is already a party called “%1”. Choose another name.</translation>
    </message>
    <message>
        <source>Parten kunde inte sparas: databasen används av ett annat program just nu. Försök igen om en stund.</source>
        <translation>The party could not be saved: another program is using the database right now. Try again in a moment.</translation>
    </message>
    <message>
        <source>Skriv partens nya namn.</source>
        <translation>Write the party&apos;s new name.</translation>
    </message>
    <message>
        <source>Parten kunde inte byta namn: databasen används av ett annat program just nu. Försök igen om en stund.</source>
        <translation>The party could not be renamed: another program is using the database right now. Try again in a moment.</translation>
    </message>
    <message>
        <source>Parten kunde inte byta namn.</source>
        <translation>The party could not be renamed.</translation>
    </message>
    <message>
        <source>byta namn på parten</source>
        <translation>rename the party</translation>
    </message>
    <message>
        <source>%1 är ingen länsdel och kan inte ha medlemmar.</source>
        <translation>%1 is not a county part and cannot have members.</translation>
    </message>
    <message>
        <source>Medlemmarna kunde inte sparas: databasen används av ett annat program just nu. Försök igen om en stund.</source>
        <translation>The members could not be saved: another program is using the database right now. Try again in a moment.</translation>
    </message>
    <message>
        <source>Partens användning kunde inte läsas.</source>
        <translation>The party&apos;s use could not be read.</translation>
    </message>
    <message>
        <source>läsa partens användning</source>
        <translation>read the party&apos;s use</translation>
    </message>
    <message>
        <source>Parten kunde inte tas bort: databasen används av ett annat program just nu. Försök igen om en stund.</source>
        <translation>The party could not be deleted: another program is using the database right now. Try again in a moment.</translation>
    </message>
    <message>
        <source>1 årsredovisning</source>
        <translation>1 annual report</translation>
    </message>
    <message>
        <source>%1 årsredovisningar</source>
        <translation>%1 annual reports</translation>
    </message>
    <message>
        <source>1 avtal</source>
        <translation>1 agreement</translation>
    </message>
    <message>
        <source>%1 avtal</source>
        <translation>%1 agreements</translation>
    </message>
    <message>
        <source>1 åtagande i ett avtal</source>
        <translation>1 commitment in an agreement</translation>
    </message>
    <message>
        <source>%1 åtaganden i avtal</source>
        <translation>%1 commitments in agreements</translation>
    </message>
    <message>
        <source>%1 har %2</source>
        <translation>%1 has %2</translation>
    </message>
    <message>
        <source>%1 är medlem i %2</source>
        <translation>%1 is a member of %2</translation>
    </message>
    <message>
        <source>%1 och är medlem i %2</source>
        <translation>%1 and is a member of %2</translation>
    </message>
    <message>
        <source>%1 och kan därför inte tas bort. Ta bort eller flytta dem först, eller behåll parten.</source>
        <translation>%1 and therefore cannot be deleted. Delete or move them first, or keep the party.</translation>
    </message>
    <message>
        <source>Parten kunde inte tas bort.</source>
        <translation>The party could not be deleted.</translation>
    </message>
    <message>
        <source>ta bort parten</source>
        <translation>delete the party</translation>
    </message>
    <message>
        <source>%1 står två gånger som medlem för samma år (%2–%3 och %4–%5). Slå ihop medlemskapen eller välj år som inte överlappar.</source>
        <translation>%1 is listed twice as a member for the same years (%2–%3 and %4–%5). Merge the memberships or choose years that do not overlap.</translation>
    </message>
    <message>
        <source>%1 är redan medlem i %2 %3–%4. En kommun kan bara höra till en länsdel åt gången; välj år som inte överlappar.</source>
        <translation>%1 is already a member of %2 %3–%4. A municipality can belong to one county part at a time; choose years that do not overlap.</translation>
    </message>
    <message>
        <source> och </source>
        <translation> and </translation>
    </message>
</context>
<context>
    <name>fhb::storage::ReportRowTables</name>
    <message>
        <source>Årsredovisningens rader kunde inte läsas.</source>
        <translation>The lines of the annual report could not be read.</translation>
    </message>
    <message>
        <source>läsa årsredovisningens rader</source>
        <translation>read the lines of the annual report</translation>
    </message>
    <message>
        <source>Raden finns inte längre i årsredovisningen. Läs in årsredovisningen igen.</source>
        <translation>The line is no longer in the annual report. Read the annual report again.</translation>
    </message>
    <message>
        <source>ordna raderna</source>
        <translation>order the lines</translation>
    </message>
</context>
<context>
    <name>fhb::storage::ReportStore</name>
    <message>
        <source>Årsredovisningen finns inte längre i databasen. Någon annan kan ha tagit bort den.</source>
        <translation>The annual report is no longer in the database. Someone else may have deleted it.</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte läsas.</source>
        <translation>The annual report could not be read.</translation>
    </message>
    <message>
        <source>läsa årsredovisningen</source>
        <translation>read the annual report</translation>
    </message>
    <message>
        <source>Statusen kunde inte ändras: databasen används av ett annat program. Försök igen om en stund.</source>
        <translation>The status could not be changed: another program is using the database. Try again in a moment.</translation>
    </message>
    <message>
        <source>Årsredovisningen är godkänd och därför låst. Öppna den igen (med en orsak) innan du ändrar dess status.</source>
        <translation>The annual report is approved and therefore locked. Reopen it (with a reason) before you change its status.</translation>
    </message>
    <message>
        <source>Statusen kunde inte ändras.</source>
        <translation>The status could not be changed.</translation>
    </message>
    <message>
        <source>ändra statusen</source>
        <translation>change the status</translation>
    </message>
    <message>
        <source>Skriv varför årsredovisningen öppnas igen. Orsaken sparas i ändringsloggen.</source>
        <translation>Write why the annual report is reopened. The reason is recorded in the change log.</translation>
    </message>
    <message>
        <source>En återöppnad årsredovisning blir utkast eller inskickad, inte godkänd.</source>
        <translation>A reopened annual report becomes a draft or submitted, not approved.</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte öppnas igen: databasen används av ett annat program. Försök igen om en stund.</source>
        <translation>The annual report could not be reopened: another program is using the database. Try again in a moment.</translation>
    </message>
    <message>
        <source>Årsredovisningen är inte godkänd (status: %1), så den behöver inte öppnas igen.</source>
        <translation>The annual report is not approved (status: %1), so it does not need to be reopened.</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte öppnas igen.</source>
        <translation>The annual report could not be reopened.</translation>
    </message>
    <message>
        <source>öppna årsredovisningen igen</source>
        <translation>reopen the annual report</translation>
    </message>
    <message>
        <source>Återöppningarna kunde inte läsas.</source>
        <translation>The reopenings could not be read.</translation>
    </message>
    <message>
        <source>läsa återöppningarna</source>
        <translation>read the reopenings</translation>
    </message>
    <message>
        <source>Godkännandet kunde inte sparas.</source>
        <translation>The approval could not be saved.</translation>
    </message>
    <message>
        <source>spara godkännandet</source>
        <translation>save the approval</translation>
    </message>
    <message>
        <source>Godkännandena kunde inte läsas.</source>
        <translation>The approvals could not be read.</translation>
    </message>
    <message>
        <source>läsa godkännandena</source>
        <translation>read the approvals</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte godkännas: programmet kan inte räkna ut dess fingeravtryck.</source>
        <translation>The annual report could not be approved: the program cannot compute its fingerprint.</translation>
    </message>
    <message>
        <source>Programmet kan inte räkna ut årsredovisningarnas fingeravtryck.</source>
        <translation>The program cannot compute the annual reports&apos; fingerprints.</translation>
    </message>
</context>
<context>
    <name>fhb::storage::ReportWriter</name>
    <message>
        <source>Ett belopp kan inte vara negativt.</source>
        <translation>An amount cannot be negative.</translation>
    </message>
    <message>
        <source>Ändringen kunde inte sparas: databasen används av ett annat program just nu. Försök igen om en stund.</source>
        <translation>The change could not be saved: another program is using the database right now. Try again in a moment.</translation>
    </message>
    <message>
        <source>läsa årsredovisningen</source>
        <translation>read the annual report</translation>
    </message>
    <message>
        <source>Årsredovisningen finns inte längre i databasen. Någon annan kan ha tagit bort den.</source>
        <translation>The annual report is no longer in the database. Someone else may have deleted it.</translation>
    </message>
    <message>
        <source>Någon annan har ändrat årsredovisningen sedan du öppnade den, så din ändring sparades inte. Läs in årsredovisningen igen för att se den senaste versionen och gör sedan om ändringen.</source>
        <translation>Someone else has changed the annual report since you opened it, so your change was not saved. Read the annual report again to see the latest version and then redo the change.</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte läsas.</source>
        <translation>The annual report could not be read.</translation>
    </message>
    <message>
        <source>Raden kan inte läggas till där: den platsen finns inte.</source>
        <translation>The line cannot be added there: that position does not exist.</translation>
    </message>
    <message>
        <source>lägga till raden</source>
        <translation>add the line</translation>
    </message>
    <message>
        <source>ändra utgiftsraden</source>
        <translation>change the expense line</translation>
    </message>
    <message>
        <source>ändra intäktsraden</source>
        <translation>change the revenue line</translation>
    </message>
    <message>
        <source>ändra stycket</source>
        <translation>change the paragraph</translation>
    </message>
    <message>
        <source>Raden finns inte längre och kan inte tas bort.</source>
        <translation>The line no longer exists and cannot be removed.</translation>
    </message>
    <message>
        <source>ta bort raden</source>
        <translation>remove the line</translation>
    </message>
    <message>
        <source>Raden kan inte flyttas dit: den platsen finns inte.</source>
        <translation>The line cannot be moved there: that position does not exist.</translation>
    </message>
    <message>
        <source>Perioden kan inte sluta (%1) före den börjar (%2). Ändra slutdatum eller startdatum.</source>
        <translation>The period cannot end (%1) before it starts (%2). Change the end date or the start date.</translation>
    </message>
    <message>
        <source>läsa perioden</source>
        <translation>read the period</translation>
    </message>
    <message>
        <source>ändra perioden</source>
        <translation>change the period</translation>
    </message>
    <message>
        <source>läsa underskriften</source>
        <translation>read the signature</translation>
    </message>
    <message>
        <source>ändra underskriften</source>
        <translation>change the signature</translation>
    </message>
    <message>
        <source>skapa årsredovisningen</source>
        <translation>create the annual report</translation>
    </message>
    <message>
        <source>%1 har redan en årsredovisning för %2. Öppna den i stället.</source>
        <translation>%1 already has an annual report for %2. Open it instead.</translation>
    </message>
    <message>
        <source>Året %1 kan inte användas: skriv ett år mellan 1900 och 2200.</source>
        <translation>The year %1 cannot be used: type a year between 1900 and 2200.</translation>
    </message>
    <message>
        <source>Årsredovisningen kunde inte skapas: databasen används av ett annat program just nu. Försök igen om en stund.</source>
        <translation>The annual report could not be created: another program is using the database right now. Try again in a moment.</translation>
    </message>
    <message>
        <source>Parten ”%1” finns inte i databasen. Lägg till den under Parter först.</source>
        <translation>The party “%1” is not in the database. Add it under Parties first.</translation>
    </message>
    <message>
        <source>%1 har ingen tidigare årsredovisning att kopiera från. Skapa en tom årsredovisning i stället.</source>
        <translation>%1 has no earlier annual report to copy from. Create an empty annual report instead.</translation>
    </message>
    <message>
        <source>Den tidigare årsredovisningen kunde inte läsas.</source>
        <translation>The earlier annual report could not be read.</translation>
    </message>
    <message>
        <source>rader och belopp kopierade från %1</source>
        <translation>lines and amounts copied from %1</translation>
    </message>
    <message>
        <source>rader kopierade från %1, utan belopp</source>
        <translation>lines copied from %1, without amounts</translation>
    </message>
    <message>
        <source>ta bort årsredovisningen</source>
        <translation>delete the annual report</translation>
    </message>
</context>
<context>
    <name>fhb::storage::RowWriter</name>
    <message>
        <source>Databasen kunde inte förbereda skrivningen. Kontrollera att filen är en Folkhälsobok-databas.</source>
        <translation>The database could not prepare the write. Check that the file is a Folkhälsobok database.</translation>
    </message>
    <message>
        <source>spara parten</source>
        <translation>save the party</translation>
    </message>
    <message>
        <source>spara länsdelens medlemmar</source>
        <translation>save the county part&apos;s members</translation>
    </message>
    <message>
        <source>spara överenskommelsen</source>
        <translation>save the agreement</translation>
    </message>
    <message>
        <source>spara årsredovisningen</source>
        <translation>save the annual report</translation>
    </message>
    <message>
        <source>spara årsredovisningens rader</source>
        <translation>save the lines of the annual report</translation>
    </message>
    <message>
        <source>ta bort den gamla årsredovisningen</source>
        <translation>delete the old annual report</translation>
    </message>
</context>
<context>
    <name>fhb::storage::WriterLock</name>
    <message>
        <source>en annan användare</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>en annan dator</source>
        <translation>another computer</translation>
    </message>
    <message>
        <source>okänd tid</source>
        <translation>unknown time</translation>
    </message>
    <message>
        <source>Databasen %1 används av %2 på %3 sedan %4. Filen har inte ändrats. Du kan öppna den skrivskyddad, eller försöka igen när %2 har stängt den.</source>
        <translation>The database %1 is used by %2 on %3 since %4. The file has not been changed. You can open it read-only, or try again when %2 has closed it.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Databasen kunde inte skapas</source>
        <translation>The database could not be created</translation>
    </message>
    <message>
        <source>Användning: folkhalsobok [DATABAS]
       folkhalsobok FIL.fhb.json | FIL.csv

Folkhälsobok, bokföring av regionala folkhälsoöverenskommelser.
Öppnar DATABAS (en .db-fil), annars den databas som användes senast.
En utbytesfil (.json) öppnas i förhandsgranskningen för import av rapporter och en
huvudboksfil (.csv) i guiden för import av utgifter, i den databas som användes senast.

  -h, --help     visa den här texten
  -v, --version  visa versionen

Kommandoraden för skript och batchkörningar är folkhalsobok-cli (folkhalsobok-cli --help).</source>
        <translation>Usage: folkhalsobok [DATABASE]
       folkhalsobok FILE.fhb.json | FILE.csv

Folkhälsobok, bookkeeping of regional public-health agreements.
Opens DATABASE (a .db file), otherwise the database used last.
An exchange file (.json) opens in the preview for importing reports and a
ledger file (.csv) in the wizard for importing expenses, in the database used last.

  -h, --help     show this text
  -v, --version  show the version

The command line for scripts and batch runs is folkhalsobok-cli (folkhalsobok-cli --help).</translation>
    </message>
    <message>
        <source>Okänd flagga &quot;%1&quot;. Se folkhalsobok --help.</source>
        <translation>Unknown flag &quot;%1&quot;. See folkhalsobok --help.</translation>
    </message>
    <message>
        <source>Ange högst en databas (fick &quot;%1&quot; och &quot;%2&quot;). Se folkhalsobok --help.</source>
        <translation>Give at most one database (got &quot;%1&quot; and &quot;%2&quot;). See folkhalsobok --help.</translation>
    </message>
</context>
</TS>
