using GrensJobs.Normalisation.Text;

namespace GrensJobs.Normalisation.Tests.Text;

public sealed class DisplayHtmlTests
{
    private readonly DisplayHtml _display = new();

    [Theory]
    [InlineData("<p>Wij bieden:</p><ul><li><strong>vast</strong> contract</li></ul>", "<p>Wij bieden:</p><ul><li><strong>vast</strong> contract</li></ul>")]
    [InlineData("<h2>Ihr Profil</h2><p>Gute <em>Deutsch</em>kenntnisse<br>B2</p>", "<h2>Ihr Profil</h2><p>Gute <em>Deutsch</em>kenntnisse<br>B2</p>")]
    [InlineData("<a href=\"https://jobs.example.be/apply\">Postuler</a>", "<a href=\"https://jobs.example.be/apply\">Postuler</a>")]
    [InlineData("<a href=\"mailto:hr@example.nl\">Mail</a>", "<a href=\"mailto:hr@example.nl\">Mail</a>")]
    public void Sanitise_AllowedMarkup_IsKept(string html, string expected) =>
        Assert.Equal(expected, _display.Sanitise(html));

    [Theory]
    [InlineData("<p>Hallo<script>alert('x')</script></p>", "<p>Hallo</p>")]
    [InlineData("<img src=x onerror=alert(1)><p>Tekst</p>", "<p>Tekst</p>")]
    [InlineData("<p onclick=\"steal()\" style=\"color:red\" class=\"x\">Tekst</p>", "<p>Tekst</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">Klik</a>", "<a>Klik</a>")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">Klik</a>", "<a>Klik</a>")]
    [InlineData("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">Klik</a>", "<a>Klik</a>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe><p>Job</p>", "<p>Job</p>")]
    [InlineData("<div><span>Monteur</span> (m/w/d)</div>", "Monteur (m/w/d)")]
    [InlineData("<style>body{display:none}</style><h1>Titel</h1>", "Titel")]
    [InlineData("<svg><script>alert(1)</script></svg><p>ok</p>", "<p>ok</p>")]
    public void Sanitise_HostileMarkup_IsRemoved(string html, string expected) =>
        Assert.Equal(expected, _display.Sanitise(html));

    [Fact]
    public void Sanitise_ConcurrentCalls_AreSafe()
    {
        const string Html = "<p>Lasser<script>x()</script></p><ul><li>MIG/MAG</li></ul>";
        var results = new string[100];
        Parallel.For(0, results.Length, i => results[i] = _display.Sanitise(Html));
        Assert.All(results, r => Assert.Equal("<p>Lasser</p><ul><li>MIG/MAG</li></ul>", r));
    }
}
