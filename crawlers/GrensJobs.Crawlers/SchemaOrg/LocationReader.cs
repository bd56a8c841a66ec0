using System.Text.Json.Nodes;
using GrensJobs.Core.Vacancies;

namespace GrensJobs.Crawlers.SchemaOrg;

/// <summary>A jobLocation (a Place with a PostalAddress and geo, a bare address, or a string) as a raw location.</summary>
internal static class LocationReader
{
    public static RawLocation? Read(JsonNode? node)
    {
        if (node is not JsonObject place)
        {
            var text = PlainText.Clean(SchemaValues.Text(node));
            return text is null ? null : new RawLocation { Text = text };
        }

        var addressNode = SchemaValues.First(SchemaValues.Get(place, "address"))
            ?? (SchemaValues.HasType(place, "PostalAddress") ? place : null);
        var geo = SchemaValues.First(SchemaValues.Get(place, "geo")) as JsonObject;
        var lat = SchemaValues.Double(geo is null ? SchemaValues.Get(place, "latitude") : SchemaValues.Get(geo, "latitude"));
        var lon = SchemaValues.Double(geo is null ? SchemaValues.Get(place, "longitude") : SchemaValues.Get(geo, "longitude"));
        if (lat is < -90 or > 90 || lon is < -180 or > 180 || lat is null || lon is null)
        {
            lat = null;
            lon = null;
        }

        var location = addressNode is JsonObject address
            ? FromAddress(address)
            : new RawLocation { Text = PlainText.Clean(SchemaValues.Text(addressNode) ?? SchemaValues.Text(SchemaValues.Get(place, "name"))) };
        location = location with { Lat = lat, Lon = lon };
        return location.Text is null && location.Place is null && location.PostalCode is null && location.Country is null && lat is null
            ? null
            : location;
    }

    private static RawLocation FromAddress(JsonObject address)
    {
        var postalCode = PlainText.Clean(SchemaValues.Text(SchemaValues.Get(address, "postalCode")));
        var locality = PlainText.Clean(SchemaValues.Text(SchemaValues.Get(address, "addressLocality")));
        var region = PlainText.Clean(SchemaValues.Text(SchemaValues.Get(address, "addressRegion")));
        var street = PlainText.Clean(SchemaValues.Text(SchemaValues.Get(address, "streetAddress")));
        var countryText = SchemaValues.Text(SchemaValues.Get(address, "addressCountry"));
        var country = CountryCodes.ToIso2(countryText);
        var text = string.Join(' ', new[] { postalCode, locality }.Where(s => s is not null));
        if (text.Length == 0)
        {
            text = region ?? street ?? PlainText.Clean(SchemaValues.Text(SchemaValues.Get(address, "name"))) ?? string.Empty;
        }

        return new RawLocation
        {
            Text = text.Length == 0 ? null : text,
            PostalCode = postalCode,
            Place = locality,
            Country = country,
        };
    }
}
