using GrensJobs.Normalisation.Text;

namespace GrensJobs.Normalisation.Tests.Text;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<p>Wij zoeken een <strong>lasser</strong> (m/v/x).</p>", "Wij zoeken een lasser (m/v/x).")]
    [InlineData("<h2>Ihre Aufgaben</h2><ul><li>Schweißen von Bauteilen</li><li>Qualitätskontrolle</li></ul>",
        "Ihre Aufgaben\n- Schweißen von Bauteilen\n- Qualitätskontrolle")]
    [InlineData("<p>Eerste alinea</p><p>Tweede alinea</p>", "Eerste alinea\nTweede alinea")]
    [InlineData("Regel één<br>Regel twee<br/>Regel drie", "Regel één\nRegel twee\nRegel drie")]
    [InlineData("Absatz eins<br><br><br><br>Absatz zwei", "Absatz eins\n\nAbsatz zwei")]
    [InlineData("<div>Vos missions&nbsp;:</div><div>Souder &amp; assembler</div>", "Vos missions :\nSouder & assembler")]
    [InlineData("<p>Caf&eacute; &ndash; Gr&uuml;&szlig;e &#8364; 2.900 &#x20AC;</p>", "Café – Grüße € 2.900 €")]
    [InlineData("<p>   veel     ruimte\n\n\t  hier   </p>", "veel ruimte hier")]
    [InlineData("<table><tr><td>Uren</td><td>32-40</td></tr><tr><td>Salaris</td><td>€ 3.000</td></tr></table>",
        "Uren 32-40\nSalaris € 3.000")]
    [InlineData("<h1>Titel</h1><h3>Sub</h3><section>Inhalt</section>", "Titel\nSub\nInhalt")]
    public void ToPlainText_Markup_BecomesCleanLines(string html, string expected) =>
        Assert.Equal(expected, HtmlText.ToPlainText(html));

    [Theory]
    [InlineData("<p>Hallo</p><script>alert('x')</script><p>Welt</p>", "Hallo\nWelt")]
    [InlineData("<style>p{color:red}</style><p>Monteur (m/w/d)</p>", "Monteur (m/w/d)")]
    [InlineData("<p>Tekst<img src=x onerror=alert(1)></p>", "Tekst")]
    [InlineData("<a href=\"javascript:alert(1)\" onclick=\"steal()\">Solliciteer</a>", "Solliciteer")]
    [InlineData("<p>Vor<!-- geheime notitie -->nach</p>", "Vornach")]
    [InlineData("<template><p>verborgen</p></template><noscript>JS aan</noscript><p>zichtbaar</p>", "zichtbaar")]
    [InlineData("<iframe src=\"https://evil.example\">x</iframe><p>Job</p>", "Job")]
    [InlineData("<SCRIPT type=\"text/javascript\">document.write('<p>evil</p>')</SCRIPT>Rest", "Rest")]
    public void ToPlainText_HostileMarkup_LeavesOnlyText(string html, string expected) =>
        Assert.Equal(expected, HtmlText.ToPlainText(html));

    [Theory]
    [InlineData("<p>Unclosed <b>bold <i>italic", "Unclosed bold italic")]
    [InlineData("<ul><li>Eins<li>Zwei<li>Drei</ul>", "- Eins\n- Zwei\n- Drei")]
    [InlineData("<div><p>Gehalt < 3000 € und > 2000 €</div>", "Gehalt < 3000 € und > 2000 €")]
    [InlineData("</p></div>Nur Text<p", "Nur Text")]
    [InlineData("<ul><li>Taken<ul><li>Lassen</li><li>Slijpen</li></ul></li><li>Eisen</li></ul>",
        "- Taken\n- Lassen\n- Slijpen\n- Eisen")]
    [InlineData("<ol><li><p>Stap één</p></li><li></li><li>Stap twee</li></ol>", "- Stap één\n- Stap twee")]
    public void ToPlainText_BrokenOrNestedMarkup_DoesNotThrowAndKeepsText(string html, string expected) =>
        Assert.Equal(expected, HtmlText.ToPlainText(html));

    [Theory]
    [InlineData("&lt;p&gt;Wir suchen einen Elektriker (m/w/d)&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Montage&lt;/li&gt;&lt;/ul&gt;",
        "Wir suchen einen Elektriker (m/w/d)\n- Montage")]
    [InlineData("&amp;lt;p&amp;gt;Vous &amp;amp;ecirc;tes motiv&amp;eacute;&amp;lt;/p&amp;gt;", "Vous êtes motivé")]
    [InlineData("&amp;lt;p&amp;gt;Lasser&amp;lt;br&amp;gt;Venlo&amp;lt;/p&amp;gt;", "Lasser\nVenlo")]
    [InlineData("<div>&lt;p&gt;Escaped inside real markup&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</div>",
        "Escaped inside real markup")]
    public void ToPlainText_EscapedHtml_IsDecodedAndStripped(string html, string expected) =>
        Assert.Equal(expected, HtmlText.ToPlainText(html));

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("   \n\t ", "")]
    [InlineData("Gewoon tekst zonder opmaak.", "Gewoon tekst zonder opmaak.")]
    [InlineData("  Zeile 1  \r\n\r\n\r\n\r\n  Zeile   2\u00A0\u00A0Ende  ", "Zeile 1\n\nZeile 2 Ende")]
    [InlineData("Salaris 3 < 5 & meer", "Salaris 3 < 5 & meer")]
    [InlineData("Tom &amp; Jerry &euro; 3.000", "Tom & Jerry € 3.000")]
    [InlineData("Soft\u00ADhyphen und zero\u200Bwidth", "Softhyphen und zerowidth")]
    public void ToPlainText_PlainText_IsCleanedNotParsed(string? input, string expected) =>
        Assert.Equal(expected, HtmlText.ToPlainText(input));

    [Fact]
    public void ToPlainText_ConcurrentCalls_GiveSameResult()
    {
        const string Html = "<h2>Profil</h2><ul><li>Ausbildung als Mechatroniker</li><li>Führerschein B</li></ul>";
        var results = new string[200];
        Parallel.For(0, results.Length, i => results[i] = HtmlText.ToPlainText(Html));
        Assert.All(results, r => Assert.Equal("Profil\n- Ausbildung als Mechatroniker\n- Führerschein B", r));
    }
}

public sealed class HtmlTextRobustnessTests
{
    public static TheoryData<string> Garbage =>
    [
        "<",
        "<<<>>>",
        "<a href='",
        "<p>&#xFFFFFFFF; &#0; &#55296; &bogus; &",
        "<!--",
        "<![CDATA[x]]><?php echo 1; ?>",
        "<p>" + new string('<', 500),
        string.Concat(Enumerable.Repeat("<div>", 5000)) + "tief" + string.Concat(Enumerable.Repeat("</div>", 10)),
        string.Concat(Enumerable.Repeat("<ul><li>", 2000)) + "Liste",
        "<table><td>ohne tr<tr><li>falsch</table></p></p></p>",
        "&lt;&lt;&lt;p&gt;&gt;&gt;",
    ];

    [Theory]
    [MemberData(nameof(Garbage))]
    public void ToPlainText_Garbage_DoesNotThrowAndHasNoMarkup(string input)
    {
        var text = HtmlText.ToPlainText(input);
        Assert.DoesNotContain("<p>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<div", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPlainText_DeepNesting_KeepsText() =>
        Assert.Contains("tief", HtmlText.ToPlainText(string.Concat(Enumerable.Repeat("<div>", 5000)) + "tief"), StringComparison.Ordinal);
}
