namespace GrensJobs.Corpus;

internal sealed partial record PhraseBank
{
    // Lazy: static initialisers in different partial files run in no guaranteed order, and this one needs Dutch.
    private static readonly Lazy<PhraseBank> FlemishBank = new(() => Dutch with
    {
        Sources = ["vdab", "jobat-demo", "werkenbijlimburg-be"],
        UrlHost = "www.vdab.example.be",
        UrlPath = "vindeenjob/vacatures",
        EmployerNames = ["Peeters", "Janssens", "Claes", "Vermeulen", "Maes", "Willems", "Goossens", "Wouters", "Kempen", "Haspengouw", "Scheldeland", "Maasland", "Limburgse", "Vlaamse"],
        EmployerSuffixes = ["NV", "BV", "BV", "& Co", "Group", ""],
        Educations = ["Secundair onderwijs (TSO/BSO)", "Een bachelordiploma in een relevante richting", "Een masterdiploma", "Geen diploma vereist, ervaring is een plus", "Graduaat of gelijkwaardig door ervaring"],
        Benefits =
        [
            "Maaltijdcheques van &euro; 8 per gewerkte dag",
            "Ecocheques en eindejaarspremie (13de maand)",
            "Hospitalisatie- en groepsverzekering",
            "Fietsvergoeding of mobiliteitsbudget",
            "Extralegale voordelen en 12 ADV-dagen",
            "Opleidingen tijdens de werkuren",
            "Een bedrijfswagen met tankkaart",
        ],
        AboutParagraphs =
        [
            "{0} is een Belgische familiale onderneming uit {2} met een sterke lokale verankering. Onze medewerkers komen uit Vlaanderen, Wallonië en Nederland.",
            "Bij {0} krijg je een grondige opleiding en een vaste peter of meter die je wegwijs maakt. We zorgen voor een goede balans tussen werk en privé.",
            "Grensarbeiders uit Nederland zijn van harte welkom; onze HR-dienst helpt je met de administratie (A1-formulier, fiscaliteit, sociale zekerheid).",
            "Wij selecteren kandidaten enkel op basis van competenties, ongeacht leeftijd, geslacht, afkomst of handicap.",
        ],
        ApplyParagraphs =
        [
            "Interesse? Solliciteer online via de knop 'Solliciteren'. Wij nemen binnen de week contact met je op voor een kennismakingsgesprek.",
            "Vragen over deze job? Contacteer onze HR-afdeling via 011&nbsp;00&nbsp;00&nbsp;00. Na een eerste gesprek volgt eventueel een praktische proef.",
        ],
        OptionalLanguageTemplates = ["{0} is een troef", "Kennis van het {0} is een meerwaarde", "{0} is een pluspunt", "Bij voorkeur kennis van het {0}"],
        FullTimeHours = ["Voltijds, {1}u/week", "{1} uur per week in dagdienst", "Voltijds ({0} tot {1} uur)"],
        PartTimeHours = ["Deeltijds, {0} à {1} uur per week", "4/5 ({1}u/week)", "Halftijds ({1} uur)"],
        PermanentContracts = ["Contract van onbepaalde duur", "Vast contract", "Voltijds contract van onbepaalde duur"],
        TemporaryContracts = ["Contract van bepaalde duur (6 maanden)", "Tijdelijk contract met optie op vast", "Vervangingscontract"],
        InterimContracts = ["Interim met optie vast", "Interimopdracht van 3 maanden", "Uitzendarbeid (interim)"],
        MonthSalaries = ["Bruto maandloon tussen &euro; {0} en &euro; {1}", "€ {0} - € {1} bruto per maand", "Verloning volgens barema, tussen € {0} en € {1} bruto"],
        HourSalaries = ["Bruto uurloon van &euro; {0}", "€ {0} tot € {1} bruto per uur", "Uurloon volgens PC: vanaf € {0}"],
        YearSalaries = ["Brutojaarloon EUR {2}k", "€ {0} - € {1} bruto per jaar"],
        FullTimeWords = ["FULL_TIME", "Voltijds"],
        PartTimeWords = ["PART_TIME", "Deeltijds"],
    });

    public static PhraseBank Flemish => FlemishBank.Value;
}
