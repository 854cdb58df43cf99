package dev.mailclip.forward;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The label table: every language's forward header labels, separator phrases and attribution verbs,
 * in one place, with the subject prefixes its clients put on a forward ("WG:", "TR:"). To add a language, add one {@code lang(...)} entry below; nothing else changes.
 * Separator phrases cover Gmail ("---------- Forwarded message ---------"), Outlook ("-----Original
 * Message-----"), Thunderbird ("-------- Forwarded Message --------"), Yahoo ("----- Forwarded Message -----")
 * and Apple Mail ("Begin forwarded message:") as each client localises them.
 */
final class ForwardVocabulary {

    /** A label as it can appear in a header block, with every language that uses it. */
    record LabelMeaning(HeaderField field, List<Language> languages) {
    }

    static final List<Language> LANGUAGES = List.of(
            lang("en", Locale.ENGLISH, true)
                    .labels(HeaderField.FROM, "From")
                    .labels(HeaderField.DATE, "Sent", "Date", "Sent Date")
                    .labels(HeaderField.TO, "To")
                    .labels(HeaderField.CC, "Cc")
                    .labels(HeaderField.SUBJECT, "Subject")
                    .labels(HeaderField.OTHER, "Bcc", "Reply-To", "Importance", "Priority", "Attachments")
                    .separators("Forwarded message", "Forwarded Message", "Original Message", "Original",
                            "Begin forwarded message", "Message forwarded", "Forwarded e-mail", "Forwarded email")
                    .wrote("wrote")
                    .forwardPrefixes("FW", "Fwd", "Fw"),
            lang("fr", Locale.FRENCH, false)
                    .labels(HeaderField.FROM, "De", "Expéditeur")
                    .labels(HeaderField.DATE, "Envoyé", "Date", "Envoyé le")
                    .labels(HeaderField.TO, "À", "A", "Destinataire", "Pour")
                    .labels(HeaderField.CC, "Cc", "Copie à")
                    .labels(HeaderField.SUBJECT, "Objet", "Sujet")
                    .labels(HeaderField.OTHER, "Cci", "Répondre à", "Importance", "Pièces jointes")
                    .separators("Message transféré", "Message d'origine", "Message original", "Courriel original",
                            "Début du message réexpédié", "Début du message transféré", "Message réexpédié")
                    .wrote("a écrit")
                    .forwardPrefixes("TR", "Fwd"),
            lang("de", Locale.GERMAN, false)
                    .labels(HeaderField.FROM, "Von")
                    .labels(HeaderField.DATE, "Gesendet", "Datum", "Gesendet am")
                    .labels(HeaderField.TO, "An")
                    .labels(HeaderField.CC, "Cc", "Kopie")
                    .labels(HeaderField.SUBJECT, "Betreff")
                    .labels(HeaderField.OTHER, "Bcc", "Antwort an", "Wichtigkeit", "Anlagen")
                    .separators("Weitergeleitete Nachricht", "Ursprüngliche Nachricht", "Original-Nachricht",
                            "Originalnachricht", "Anfang der weitergeleiteten Nachricht",
                            "Anfang der weitergeleiteten E-Mail", "Weitergeleitete E-Mail")
                    .wrote("schrieb")
                    .forwardPrefixes("WG", "Fwd", "Wtrlt"),
            lang("es", Locale.forLanguageTag("es"), false)
                    .labels(HeaderField.FROM, "De", "Remitente")
                    .labels(HeaderField.DATE, "Enviado", "Fecha", "Enviado el")
                    .labels(HeaderField.TO, "Para", "A")
                    .labels(HeaderField.CC, "CC")
                    .labels(HeaderField.SUBJECT, "Asunto")
                    .labels(HeaderField.OTHER, "CCO", "Responder a", "Importancia", "Datos adjuntos")
                    .separators("Mensaje reenviado", "Mensaje original", "Inicio del mensaje reenviado",
                            "Comienzo del mensaje reenviado")
                    .wrote("escribió")
                    .forwardPrefixes("RV", "Fwd", "Reenviar"),
            lang("it", Locale.ITALIAN, false)
                    .labels(HeaderField.FROM, "Da", "Mittente")
                    .labels(HeaderField.DATE, "Inviato", "Data", "Inviato il")
                    .labels(HeaderField.TO, "A", "Destinatario")
                    .labels(HeaderField.CC, "Cc")
                    .labels(HeaderField.SUBJECT, "Oggetto")
                    .labels(HeaderField.OTHER, "Ccn", "Rispondi a", "Priorità", "Allegati")
                    .separators("Messaggio inoltrato", "Messaggio originale", "Inizio messaggio inoltrato",
                            "Messaggio Inoltrato")
                    .wrote("ha scritto", "scrisse")
                    .forwardPrefixes("I", "Fwd", "Inoltro"),
            lang("pt", Locale.forLanguageTag("pt"), false)
                    .labels(HeaderField.FROM, "De", "Remetente")
                    .labels(HeaderField.DATE, "Enviado", "Enviada", "Data", "Enviado em", "Enviada em")
                    .labels(HeaderField.TO, "Para")
                    .labels(HeaderField.CC, "Cc")
                    .labels(HeaderField.SUBJECT, "Assunto")
                    .labels(HeaderField.OTHER, "Cco", "Responder a", "Anexos")
                    .separators("Mensagem encaminhada", "Mensagem original", "Mensagem reencaminhada",
                            "Início da mensagem reencaminhada", "Início da mensagem encaminhada",
                            "E-mail encaminhado")
                    .wrote("escreveu")
                    .forwardPrefixes("ENC", "Fwd", "Encaminhar"),
            lang("nl", Locale.forLanguageTag("nl"), false)
                    .labels(HeaderField.FROM, "Van", "Afzender")
                    .labels(HeaderField.DATE, "Verzonden", "Datum", "Verstuurd")
                    .labels(HeaderField.TO, "Aan")
                    .labels(HeaderField.CC, "CC")
                    .labels(HeaderField.SUBJECT, "Onderwerp")
                    .labels(HeaderField.OTHER, "BCC", "Beantwoorden aan", "Urgentie", "Bijlagen")
                    .separators("Doorgestuurd bericht", "Oorspronkelijk bericht", "Origineel bericht",
                            "Begin doorgestuurd bericht", "Doorgestuurde e-mail")
                    .wrote("schreef", "heeft geschreven")
                    .forwardPrefixes("Doorst", "FW", "Fwd"),
            lang("da", Locale.forLanguageTag("da"), false)
                    .labels(HeaderField.FROM, "Fra")
                    .labels(HeaderField.DATE, "Sendt", "Dato")
                    .labels(HeaderField.TO, "Til")
                    .labels(HeaderField.CC, "Cc")
                    .labels(HeaderField.SUBJECT, "Emne")
                    .labels(HeaderField.OTHER, "Bcc", "Svar til", "Prioritet", "Vedhæftede filer")
                    .separators("Videresendt meddelelse", "Videresendt besked", "Oprindelig meddelelse",
                            "Original meddelelse", "Start på videresendt besked", "Videresendt e-mail")
                    .wrote("skrev")
                    .forwardPrefixes("VS", "Fwd"),
            lang("no", Locale.forLanguageTag("nb"), false)
                    .labels(HeaderField.FROM, "Fra")
                    .labels(HeaderField.DATE, "Sendt", "Dato")
                    .labels(HeaderField.TO, "Til")
                    .labels(HeaderField.CC, "Kopi", "Cc")
                    .labels(HeaderField.SUBJECT, "Emne")
                    .labels(HeaderField.OTHER, "Blindkopi", "Svar til", "Vedlegg")
                    .separators("Videresendt melding", "Opprinnelig melding", "Videresendt e-post",
                            "Begynnelse på videresendt melding", "Originalmelding")
                    .wrote("skrev")
                    .forwardPrefixes("VS", "Fwd"),
            lang("sv", Locale.forLanguageTag("sv"), false)
                    .labels(HeaderField.FROM, "Från")
                    .labels(HeaderField.DATE, "Skickat", "Datum", "Skickades")
                    .labels(HeaderField.TO, "Till")
                    .labels(HeaderField.CC, "Kopia", "Cc")
                    .labels(HeaderField.SUBJECT, "Ämne")
                    .labels(HeaderField.OTHER, "Hemlig kopia", "Svara till", "Prioritet", "Bilagor")
                    .separators("Vidarebefordrat meddelande", "Ursprungligt meddelande", "Originalmeddelande",
                            "Början på vidarebefordrat brev", "Vidarebefordrat brev",
                            "Vidarebefordrat e-postmeddelande")
                    .wrote("skrev")
                    .forwardPrefixes("VB", "Fwd"),
            lang("fi", Locale.forLanguageTag("fi"), false)
                    .labels(HeaderField.FROM, "Lähettäjä")
                    .labels(HeaderField.DATE, "Lähetetty", "Päivämäärä", "Päiväys")
                    .labels(HeaderField.TO, "Vastaanottaja")
                    .labels(HeaderField.CC, "Kopio")
                    .labels(HeaderField.SUBJECT, "Aihe")
                    .labels(HeaderField.OTHER, "Piilokopio", "Vastausosoite", "Liitteet", "Tärkeys")
                    .separators("Välitetty viesti", "Alkuperäinen viesti", "Välitetty viesti alkaa",
                            "Edelleenlähetetty viesti")
                    .wrote("kirjoitti")
                    .forwardPrefixes("VL", "Fwd"),
            lang("pl", Locale.forLanguageTag("pl"), false)
                    .labels(HeaderField.FROM, "Od", "Nadawca")
                    .labels(HeaderField.DATE, "Wysłano", "Wysłane", "Data")
                    .labels(HeaderField.TO, "Do", "Adresat")
                    .labels(HeaderField.CC, "DW", "Kopia")
                    .labels(HeaderField.SUBJECT, "Temat")
                    .labels(HeaderField.OTHER, "UDW", "Odpowiedz do", "Priorytet", "Załączniki")
                    .separators("Wiadomość przekazana dalej", "Przekazana wiadomość", "Oryginalna wiadomość",
                            "Wiadomość oryginalna", "Początek przekazywanej wiadomości",
                            "Początek przekazanej wiadomości", "Przekazana dalej wiadomość")
                    .wrote("napisał", "napisała", "napisał(a)")
                    .forwardPrefixes("PD", "Fwd"),
            lang("cs", Locale.forLanguageTag("cs"), false)
                    .labels(HeaderField.FROM, "Od", "Odesílatel")
                    .labels(HeaderField.DATE, "Odesláno", "Datum")
                    .labels(HeaderField.TO, "Komu", "Příjemce")
                    .labels(HeaderField.CC, "Kopie")
                    .labels(HeaderField.SUBJECT, "Předmět")
                    .labels(HeaderField.OTHER, "Skrytá kopie", "Odpovědět", "Důležitost", "Přílohy")
                    .separators("Přeposlaná zpráva", "Původní zpráva", "Začátek přeposílané zprávy",
                            "Přeposlaný e-mail")
                    .wrote("napsal", "napsala", "napsal(a)")
                    .forwardPrefixes("PŘ", "FW", "Fwd"),
            lang("sk", Locale.forLanguageTag("sk"), false)
                    .labels(HeaderField.FROM, "Od", "Odosielateľ")
                    .labels(HeaderField.DATE, "Odoslané", "Dátum")
                    .labels(HeaderField.TO, "Komu", "Príjemca")
                    .labels(HeaderField.CC, "Kópia")
                    .labels(HeaderField.SUBJECT, "Predmet")
                    .labels(HeaderField.OTHER, "Skrytá kópia", "Prílohy", "Dôležitosť")
                    .separators("Preposlaná správa", "Pôvodná správa", "Začiatok preposlanej správy",
                            "Preposlaný e-mail")
                    .wrote("napísal", "napísala", "napísal(a)")
                    .forwardPrefixes("FW", "Fwd"),
            lang("hr", Locale.forLanguageTag("hr"), false)
                    .labels(HeaderField.FROM, "Šalje", "Od", "Pošiljatelj")
                    .labels(HeaderField.DATE, "Poslano", "Datum")
                    .labels(HeaderField.TO, "Prima", "Za", "Primatelj")
                    .labels(HeaderField.CC, "Kopija")
                    .labels(HeaderField.SUBJECT, "Predmet")
                    .labels(HeaderField.OTHER, "Skrivena kopija", "Privici")
                    .separators("Proslijeđena poruka", "Izvorna poruka", "Početak proslijeđene poruke",
                            "Originalna poruka", "Prosljeđena poruka")
                    .wrote("napisao", "napisala", "napisao/la")
                    .forwardPrefixes("PROSLIJEDI", "FW", "Fwd"),
            lang("hu", Locale.forLanguageTag("hu"), false)
                    .labels(HeaderField.FROM, "Feladó")
                    .labels(HeaderField.DATE, "Elküldve", "Dátum", "Küldve")
                    .labels(HeaderField.TO, "Címzett")
                    .labels(HeaderField.CC, "Másolatot kap", "Másolat")
                    .labels(HeaderField.SUBJECT, "Tárgy")
                    .labels(HeaderField.OTHER, "Titkos másolat", "Mellékletek", "Fontosság")
                    .separators("Továbbított üzenet", "Eredeti üzenet", "Továbbított levél kezdete",
                            "Továbbított üzenet kezdete")
                    .wrote("írta")
                    .forwardPrefixes("TOV", "Fw", "Fwd"),
            lang("ro", Locale.forLanguageTag("ro"), false)
                    .labels(HeaderField.FROM, "De la", "De", "Expeditor")
                    .labels(HeaderField.DATE, "Trimis", "Dată", "Data")
                    .labels(HeaderField.TO, "Către", "Pentru", "Destinatar")
                    .labels(HeaderField.CC, "Cc")
                    .labels(HeaderField.SUBJECT, "Subiect", "Subiectul")
                    .labels(HeaderField.OTHER, "Bcc", "Atașări", "Importanță")
                    .separators("Mesaj redirecționat", "Mesaj redirectionat", "Mesaj original",
                            "Mesaj transmis", "Începutul mesajului redirecționat", "Mesaj retransmis")
                    .wrote("a scris")
                    .forwardPrefixes("FW", "Fwd", "Redirecționare"),
            lang("ru", Locale.forLanguageTag("ru"), false)
                    .labels(HeaderField.FROM, "От", "Отправитель")
                    .labels(HeaderField.DATE, "Отправлено", "Дата", "Отправлен")
                    .labels(HeaderField.TO, "Кому", "Получатель")
                    .labels(HeaderField.CC, "Копия")
                    .labels(HeaderField.SUBJECT, "Тема")
                    .labels(HeaderField.OTHER, "Скрытая копия", "Вложения", "Важность")
                    .separators("Пересылаемое сообщение", "Пересланное сообщение", "Исходное сообщение",
                            "Переадресованное сообщение", "Начало переадресованного сообщения",
                            "Начало пересылаемого сообщения")
                    .wrote("написал", "написала", "написал(а)")
                    .forwardPrefixes("Пересл", "FW", "Fwd"),
            lang("uk", Locale.forLanguageTag("uk"), false)
                    .labels(HeaderField.FROM, "Від", "Відправник")
                    .labels(HeaderField.DATE, "Надіслано", "Дата", "Відправлено")
                    .labels(HeaderField.TO, "Кому", "Отримувач")
                    .labels(HeaderField.CC, "Копія")
                    .labels(HeaderField.SUBJECT, "Тема")
                    .labels(HeaderField.OTHER, "Прихована копія", "Вкладення")
                    .separators("Переслане повідомлення", "Пересланий лист", "Вихідне повідомлення",
                            "Оригінальне повідомлення", "Початок листа, що пересилається",
                            "Початок пересланого повідомлення")
                    .wrote("написав", "написала", "пише")
                    .forwardPrefixes("Пересл", "FW", "Fwd"),
            lang("tr", Locale.forLanguageTag("tr"), false)
                    .labels(HeaderField.FROM, "Kimden", "Gönderen")
                    .labels(HeaderField.DATE, "Gönderildi", "Gönderim", "Tarih", "Gönderilme")
                    .labels(HeaderField.TO, "Kime", "Alıcı")
                    .labels(HeaderField.CC, "Bilgi", "Cc")
                    .labels(HeaderField.SUBJECT, "Konu")
                    .labels(HeaderField.OTHER, "Gizli", "Ekler", "Önem")
                    .separators("İletilen ileti", "İletilmiş ileti", "Özgün ileti", "Orijinal ileti",
                            "Yönlendirilmiş ileti", "İletilen mesaj", "Yönlendirilmiş ileti başlangıcı",
                            "İletilen e-postanın başlangıcı", "Orijinal mesaj")
                    .wrote("yazdı")
                    .forwardPrefixes("İLT", "FW", "Fwd"),
            lang("ja", Locale.JAPANESE, false)
                    .labels(HeaderField.FROM, "差出人", "送信者", "送信元")
                    .labels(HeaderField.DATE, "送信日時", "日付", "送信日")
                    .labels(HeaderField.TO, "宛先", "送信先")
                    .labels(HeaderField.CC, "CC")
                    .labels(HeaderField.SUBJECT, "件名")
                    .labels(HeaderField.OTHER, "BCC", "重要度", "添付ファイル")
                    .separators("転送されたメッセージ", "元のメッセージ", "転送メッセージ", "転送済みメッセージ")
                    .wrote("書きました", "のメッセージ")
                    .forwardPrefixes("転送", "FW", "Fwd"),
            lang("zh", Locale.SIMPLIFIED_CHINESE, false)
                    .labels(HeaderField.FROM, "发件人", "寄件者", "寄件人", "發件人")
                    .labels(HeaderField.DATE, "发送时间", "日期", "时间", "寄件日期", "傳送時間", "發送時間")
                    .labels(HeaderField.TO, "收件人", "收件者")
                    .labels(HeaderField.CC, "抄送", "副本")
                    .labels(HeaderField.SUBJECT, "主题", "主旨", "主題")
                    .labels(HeaderField.OTHER, "密送", "附件", "重要性")
                    .separators("转发的邮件", "原始邮件", "转发邮件", "已转发邮件", "轉寄的郵件", "原始郵件",
                            "以下为转发的邮件", "開始轉寄的郵件", "转发的消息")
                    .wrote("写道", "寫道")
                    .forwardPrefixes("转发", "轉寄", "FW", "Fwd"),
            lang("ko", Locale.KOREAN, false)
                    .labels(HeaderField.FROM, "보낸 사람", "보낸사람")
                    .labels(HeaderField.DATE, "보낸 날짜", "날짜", "보낸날짜")
                    .labels(HeaderField.TO, "받는 사람", "받는사람")
                    .labels(HeaderField.CC, "참조")
                    .labels(HeaderField.SUBJECT, "제목")
                    .labels(HeaderField.OTHER, "숨은 참조", "첨부 파일")
                    .separators("전달된 메시지", "원본 메시지", "전달된 메일", "전달 메시지")
                    .wrote("작성", "님이 작성")
                    .forwardPrefixes("전달", "FW", "Fwd"),
            lang("ar", Locale.forLanguageTag("ar"), false)
                    .labels(HeaderField.FROM, "من", "المرسل")
                    .labels(HeaderField.DATE, "تم الإرسال", "التاريخ", "تاريخ", "أرسل", "مرسل")
                    .labels(HeaderField.TO, "إلى", "الى")
                    .labels(HeaderField.CC, "نسخة", "نسخة إلى")
                    .labels(HeaderField.SUBJECT, "الموضوع", "موضوع")
                    .labels(HeaderField.OTHER, "المرفقات", "الأهمية")
                    .separators("الرسالة المعاد توجيهها", "رسالة معاد توجيهها", "الرسالة الأصلية",
                            "رسالة تمت إعادة توجيهها", "بداية الرسالة المعاد توجيهها", "رسالة محولة")
                    .wrote("كتب")
                    .forwardPrefixes("إعادة توجيه", "توجيه", "FW", "Fwd")
    ).stream().map(LanguageBuilder::build).toList();

    static final Language ENGLISH = LANGUAGES.get(0);

    /** Every language's labels and separator phrases in one table each: one walk a line, whatever its language. */
    private static final Keys.Table<LabelMeaning> LABELS = new Keys.Table<>(indexLabels());
    private static final Keys.Table<Language> SEPARATORS = new Keys.Table<>(indexPhrases(false));
    private static final List<Map.Entry<String, Language>> WROTE = List.copyOf(indexPhrases(true).entrySet());
    private static final Set<String> FORWARD_PREFIXES = LANGUAGES.stream()
            .flatMap(language -> language.forwardPrefixes().stream()).map(Keys::of).collect(Collectors.toUnmodifiableSet());
    /** Longest forward prefix, so a subject is never searched further for its colon than a prefix can reach. */
    static final int MAX_PREFIX_LENGTH = FORWARD_PREFIXES.stream().mapToInt(String::length).max().orElse(10);
    /** Longest label key, so a line is never searched further for a colon than a label can reach. */
    static final int MAX_LABEL_LENGTH = LABELS.keys().stream().mapToInt(String::length).max().orElse(20);

    private ForwardVocabulary() {
    }

    /** The meaning of a header label (without its colon), or null when it is no label. */
    static LabelMeaning label(String label) {
        String stripped = stripDecoration(label);
        return LABELS.get(stripped);
    }

    /** The language of a separator phrase such as "Forwarded message" or "Weitergeleitete Nachricht", or null. */
    static Language separator(String phrase) {
        return SEPARATORS.get(phrase);
    }

    /** The language whose attribution verb ends this line ("... wrote:"), or null. */
    static Language attribution(String line) {
        String key = Keys.of(line);
        if (!key.endsWith(":")) {
            return null;
        }
        key = key.substring(0, key.length() - 1).trim();
        for (Map.Entry<String, Language> wrote : WROTE) {
            if (key.endsWith(wrote.getKey()) && key.length() > wrote.getKey().length() + 4) {
                return wrote.getValue();
            }
        }
        return null;
    }

    /** Whether a subject prefix (without its colon: "WG", "Fwd") marks a forward in some language. */
    static boolean isForwardPrefix(String prefix) {
        return FORWARD_PREFIXES.contains(Keys.of(prefix));
    }

    private static String stripDecoration(String label) {
        // Gmail's text part renders bold labels as *From:*; the asterisks are no part of the label
        String s = label.strip();
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '*') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '*') {
            end--;
        }
        return s.substring(start, end);
    }

    private static Map<String, LabelMeaning> indexLabels() {
        Map<String, HeaderField> fieldOf = new HashMap<>();
        Map<String, List<Language>> languagesOf = new LinkedHashMap<>();
        for (Language language : LANGUAGES) {
            language.labels().forEach((label, field) -> {
                String key = Keys.of(label);
                HeaderField known = fieldOf.putIfAbsent(key, field);
                if (known != null && known != field) {
                    throw new IllegalStateException("label " + label + " means two fields");
                }
                List<Language> languages = languagesOf.computeIfAbsent(key, k -> new ArrayList<>());
                if (!languages.contains(language)) {
                    languages.add(language);
                }
            });
        }
        Map<String, LabelMeaning> index = new HashMap<>();
        languagesOf.forEach((key, languages) ->
                index.put(key, new LabelMeaning(fieldOf.get(key), List.copyOf(languages))));
        return Collections.unmodifiableMap(index);
    }

    private static Map<String, Language> indexPhrases(boolean wrote) {
        Map<String, Language> index = new LinkedHashMap<>();
        for (Language language : LANGUAGES) {
            for (String phrase : wrote ? language.wrote() : language.separators()) {
                index.putIfAbsent(Keys.of(phrase), language);
            }
        }
        return index;
    }

    private static LanguageBuilder lang(String code, Locale locale, boolean monthFirst) {
        return new LanguageBuilder(code, locale, monthFirst);
    }

    private static final class LanguageBuilder {
        private final String code;
        private final Locale locale;
        private final boolean monthFirst;
        private final Map<String, HeaderField> labels = new LinkedHashMap<>();
        private List<String> separators = List.of();
        private List<String> wrote = List.of();
        private List<String> forwardPrefixes = List.of();

        LanguageBuilder(String code, Locale locale, boolean monthFirst) {
            this.code = code;
            this.locale = locale;
            this.monthFirst = monthFirst;
        }

        LanguageBuilder labels(HeaderField field, String... names) {
            for (String name : names) {
                labels.put(name, field);
            }
            return this;
        }

        LanguageBuilder separators(String... phrases) {
            separators = List.of(phrases);
            return this;
        }

        LanguageBuilder wrote(String... verbs) {
            wrote = List.of(verbs);
            return this;
        }

        LanguageBuilder forwardPrefixes(String... prefixes) {
            forwardPrefixes = List.of(prefixes);
            return this;
        }

        Language build() {
            return new Language(code, locale, Map.copyOf(labels), separators, wrote, forwardPrefixes, monthFirst);
        }
    }
}
