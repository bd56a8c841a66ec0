using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace GrensJobs.Search.Indexing;

/// <summary>
/// One thread's reusable <see cref="Document"/> and fields: a bulk build creates no field objects (nor their token
/// streams, whose attribute set-up takes a lock shared by all threads) per vacancy; the fields are refilled instead.
/// A document built here is valid until the same thread builds the next one, so index it before that.
/// </summary>
internal sealed class DocumentFields
{
    [ThreadStatic]
    private static DocumentFields? t_current;

    private readonly Slots<StringField> _strings = new(name => new StringField(name, "", Field.Store.NO));
    private readonly Slots<Int32Field> _ints = new(name => new Int32Field(name, 0, Field.Store.NO));
    private readonly Slots<NumericDocValuesField> _numbers = new(name => new NumericDocValuesField(name, 0));
    private readonly Slots<BinaryDocValuesField> _binaries = new(name => new BinaryDocValuesField(name, new BytesRef()));
    private readonly Slots<SortedSetDocValuesField> _sortedSets = new(name => new SortedSetDocValuesField(name, new BytesRef()));
    private readonly Dictionary<FieldType, Slots<Field>> _texts = [];

    public static DocumentFields Current => t_current ??= new DocumentFields();

    public Document Document { get; } = [];

    /// <summary>Empties the document and makes every field available again.</summary>
    public Document Start()
    {
        Document.Fields.Clear();
        _strings.Reset();
        _ints.Reset();
        _numbers.Reset();
        _binaries.Reset();
        _sortedSets.Reset();
        foreach (var slots in _texts.Values)
        {
            slots.Reset();
        }

        return Document;
    }

    public void String(string name, string value) => Add(_strings.Next(name), value);

    public void Int32(string name, int value)
    {
        var field = _ints.Next(name);
        field.SetInt32Value(value);
        Document.Add(field);
    }

    public void Number(string name, long value)
    {
        var field = _numbers.Next(name);
        field.SetInt64Value(value);
        Document.Add(field);
    }

    public void Binary(string name, byte[] value)
    {
        var field = _binaries.Next(name);
        field.SetBytesValue(new BytesRef(value));
        Document.Add(field);
    }

    public void SortedSet(string name, string value)
    {
        var field = _sortedSets.Next(name);
        field.SetBytesValue(new BytesRef(value));
        Document.Add(field);
    }

    public void Text(string name, string value, FieldType type)
    {
        if (!_texts.TryGetValue(type, out var slots))
        {
            slots = new Slots<Field>(fieldName => new Field(fieldName, "", type));
            _texts[type] = slots;
        }

        Add(slots.Next(name), value);
    }

    private void Add(Field field, string value)
    {
        field.SetStringValue(value);
        Document.Add(field);
    }

    /// <summary>The fields of one kind, per name; the <c>n</c>-th use of a name in a document gets its <c>n</c>-th field.</summary>
    private sealed class Slots<T>(Func<string, T> create)
    {
        private readonly Dictionary<string, Slot> _byName = new(StringComparer.Ordinal);

        public T Next(string name)
        {
            if (!_byName.TryGetValue(name, out var slot))
            {
                slot = new Slot();
                _byName[name] = slot;
            }

            if (slot.Used == slot.Fields.Count)
            {
                slot.Fields.Add(create(name));
            }

            return slot.Fields[slot.Used++];
        }

        public void Reset()
        {
            foreach (var slot in _byName.Values)
            {
                slot.Used = 0;
            }
        }

        private sealed class Slot
        {
            public List<T> Fields { get; } = [];

            public int Used { get; set; }
        }
    }
}
