using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GrensJobs.Corpus;

/// <summary>Writes a <see cref="SyntheticVacancy"/> as one raw-vacancy JSON line (no line breaks, readable UTF-8).</summary>
internal static class VacancyJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static string Write(SyntheticVacancy v)
    {
        var buffer = new ArrayBufferWriter<byte>(v.Description.Length + 1024);
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("id", v.Id);
            w.WriteString("source", v.Source);
            w.WriteString("url", v.Url);
            w.WriteString("title", v.Title);
            w.WriteString("description", v.Description);
            w.WriteString("employer", v.Employer);
            w.WriteStartObject("location");
            w.WriteString("text", v.LocationText);
            WriteIfPresent(w, "postalCode", v.PostalCode);
            WriteIfPresent(w, "place", v.Place);
            WriteIfPresent(w, "country", v.Country);
            if (v.Lat is { } lat && v.Lon is { } lon)
            {
                w.WriteNumber("lat", lat);
                w.WriteNumber("lon", lon);
            }

            w.WriteEndObject();
            w.WriteString("posted", v.Posted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("validThrough", v.ValidThrough.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("language", v.Language);
            WriteEmploymentType(w, v.EmploymentType);
            if (v.Salary is { } salary)
            {
                w.WriteStartObject("salary");
                w.WriteNumber("min", salary.Min);
                w.WriteNumber("max", salary.Max);
                w.WriteString("currency", "EUR");
                w.WriteString("period", salary.Period);
                w.WriteEndObject();
            }
            else
            {
                WriteIfPresent(w, "salary", v.SalaryText);
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteEmploymentType(Utf8JsonWriter w, IReadOnlyList<string> types)
    {
        if (types.Count == 1)
        {
            w.WriteString("employmentType", types[0]);
        }
        else if (types.Count > 1)
        {
            w.WriteStartArray("employmentType");
            foreach (var type in types)
            {
                w.WriteStringValue(type);
            }

            w.WriteEndArray();
        }
    }

    private static void WriteIfPresent(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
