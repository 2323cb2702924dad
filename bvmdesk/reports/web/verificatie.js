"use strict";
// The BVM's verification page (issue 18): the signed code after the "#" is checked here, in
// the browser, with the public keys below; nothing is sent anywhere. The rules are those of
// docs/certificaatcode.md and bvmdesk/domain/certificate_code.py, step for step.
(function () {
  var CONFIG = JSON.parse(document.getElementById("config").textContent);
  var PREFIX = "BVM1:";
  var ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
  var SIGNATURE_LENGTH = 64;
  var HEADER = 10;
  var STRINGS = 4;
  var KINDS = { 67: "certificaat", 68: "deelname" };
  var FORM = /^https?:\/\/[^#\x00-\x20\x7f]*#/i;
  var DAY = 86400000;
  var EPOCH = Date.UTC(2000, 0, 1);

  // --- texts: the verdict words are only ever put in the verdict element -------------------
  var TEXT = {
    nl: {
      title: "Certificaat controleren",
      switchTo: "English",
      switchLang: "en",
      waiting: "Nog geen code gecontroleerd.",
      word_valid: "Geldig",
      word_tampered: "Ongeldig",
      word_unknown_key: "Onbekende sleutel",
      word_expired: "Verlopen",
      why_valid: "De handtekening klopt: {org} heeft dit uitgegeven en er is niets aan veranderd.",
      why_tampered: "De handtekening klopt niet: de code is veranderd, beschadigd of nagemaakt. Vertrouw wat erin staat niet.",
      why_unknown_key: "De code is ondertekend met sleutel {key}, die deze pagina niet kent. Misschien is de pagina ouder dan die sleutel; vraag het {org}.",
      why_expired: "De handtekening klopt, maar de vervaldatum ({date}) is voorbij.",
      not_a_code: "Dit is geen certificaatcode van BVM Desk.",
      no_ed25519: "Deze browser kan de handtekening niet controleren: hij kent Ed25519 niet (WebCrypto). Er is dus geen oordeel. Open deze pagina in een recente browser: Chrome of Edge 137 of nieuwer, Firefox 129 of nieuwer, of Safari 17 of nieuwer.",
      not_secure: "Deze browser staat de controle hier niet toe: de pagina moet via https:// worden geopend. Er is dus geen oordeel.",
      name: "Naam",
      module: "Module of opleiding",
      kind: "Soort",
      issued: "Uitgegeven op",
      site: "Locatie",
      expires: "Vervaldatum",
      number: "Nummer",
      never: "vervalt niet",
      kind_certificaat: "Certificaat",
      kind_deelname: "Bewijs van deelname",
      revocation: "Of een certificaat is ingetrokken of vervangen, weet alleen de BVM zelf; deze pagina kan dat niet zien.",
      contact: "Twijfelt u, neem dan contact op: {contact}.",
      paste_label: "Code van het certificaat (de tekst van de QR-code, of het webadres uit de QR-code):",
      paste_other: "Een andere code controleren",
      check: "Controleren",
      empty: "Plak of typ eerst een code.",
      about_title: "Wat deze pagina doet",
      about: "De QR-code op een certificaat van {org} bevat een ondertekend record. Deze pagina controleert die handtekening in uw browser, met de openbare sleutels van de BVM die in de pagina zelf staan. De code achter het #-teken gaat nooit naar een server; de pagina haalt niets op.",
      made: "Pagina gemaakt op {date}.",
      months: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
    },
    en: {
      title: "Check a certificate",
      switchTo: "Nederlands",
      switchLang: "nl",
      waiting: "No code checked yet.",
      word_valid: "Valid",
      word_tampered: "Invalid",
      word_unknown_key: "Unknown key",
      word_expired: "Expired",
      why_valid: "The signature matches: {org} issued this and nothing in it has been changed.",
      why_tampered: "The signature does not match: the code was changed, damaged or forged. Do not trust what it states.",
      why_unknown_key: "The code was signed with key {key}, which this page does not know. The page may be older than that key; please ask {org}.",
      why_expired: "The signature matches, but the expiry date ({date}) has passed.",
      not_a_code: "This is not a BVM Desk certificate code.",
      no_ed25519: "This browser cannot check the signature: it does not support Ed25519 (WebCrypto). So there is no verdict. Please open this page in a recent browser: Chrome or Edge 137 or later, Firefox 129 or later, or Safari 17 or later.",
      not_secure: "This browser does not allow the check here: the page has to be opened over https://. So there is no verdict.",
      name: "Name",
      module: "Module or programme",
      kind: "Kind",
      issued: "Issued on",
      site: "Site",
      expires: "Expiry date",
      number: "Number",
      never: "does not expire",
      kind_certificaat: "Certificate",
      kind_deelname: "Proof of participation",
      revocation: "Whether a certificate was revoked or replaced is known only to the BVM itself; this page cannot see that.",
      contact: "In case of doubt, please contact: {contact}.",
      paste_label: "Certificate code (the text of the QR code, or the web address in the QR code):",
      paste_other: "Check another code",
      check: "Check",
      empty: "Please paste or type a code first.",
      about_title: "What this page does",
      about: "The QR code on a certificate of {org} holds a signed record. This page checks that signature in your browser, with the BVM's public keys that are part of the page itself. The code after the # sign is never sent to a server; the page fetches nothing.",
      made: "Page made on {date}.",
      months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    }
  };
  var language = "nl";
  var shown = null; // what is on screen: {status, record, message}

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
  }

  // --- the code (docs/certificaatcode.md) -------------------------------------------------
  function clean(text) {
    return text.replace(/^[\r\n\t]+|[\r\n\t]+$/g, "");
  }

  // The code in a text: itself, or the fragment of the address form with %XX undone.
  function codePart(text) {
    text = clean(text);
    var found = FORM.exec(text);
    if (!found) return { text: text, readable: true };
    return fragmentPart(text.slice(found[0].length));
  }

  function fragmentPart(fragment) {
    try {
      return { text: clean(decodeURIComponent(fragment)), readable: true };
    } catch (error) {
      return { text: clean(fragment), readable: false };
    }
  }

  function looksLikeCode(text) {
    if (text.indexOf(PREFIX) === 0) return true;
    var chars = Array.from(text);
    if (chars.length < 40) return false;
    var differing = 0;
    for (var i = 0; i < PREFIX.length; i++) if (chars[i] !== PREFIX[i]) differing++;
    return differing <= 1;
  }

  function base45(text) {
    var values = [];
    for (var i = 0; i < text.length; i++) {
      var value = ALPHABET.indexOf(text[i]);
      if (value < 0) throw new Error("base45");
      values.push(value);
    }
    if (values.length % 3 === 1) throw new Error("base45");
    var out = [];
    for (var at = 0; at < values.length; at += 3) {
      if (at + 2 < values.length) {
        var n = values[at] + values[at + 1] * 45 + values[at + 2] * 2025;
        if (n > 0xffff) throw new Error("base45");
        out.push(n >> 8, n & 0xff);
      } else {
        var m = values[at] + values[at + 1] * 45;
        if (m > 0xff) throw new Error("base45");
        out.push(m);
      }
    }
    return new Uint8Array(out);
  }

  var CRC_TABLE = (function () {
    var table = [];
    for (var n = 0; n < 256; n++) {
      var c = n;
      for (var k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table.push(c >>> 0);
    }
    return table;
  })();

  function crc32(bytes) {
    var crc = 0xffffffff;
    for (var i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
  }

  var UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

  function varintLength(value) {
    var length = 1;
    while (value >= 128) { value = Math.floor(value / 128); length++; }
    return length;
  }

  function hex(bytes) {
    var out = "";
    for (var i = 0; i < bytes.length; i++) out += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
    return out.toUpperCase();
  }

  // {status: "not_a_code"} | {status: "tampered"} | {record, signed, signature}
  function decode(part) {
    var text = part.text;
    if (!looksLikeCode(text)) return { status: "not_a_code" };
    if (!part.readable || text.indexOf(PREFIX) !== 0) return { status: "tampered" };
    var checked;
    try {
      checked = base45(text.slice(PREFIX.length));
    } catch (error) {
      return { status: "tampered" };
    }
    if (checked.length < 4) return { status: "tampered" };
    var data = checked.subarray(0, checked.length - 4);
    var check = ((checked[checked.length - 4] * 16777216) + (checked[checked.length - 3] << 16) +
                 (checked[checked.length - 2] << 8) + checked[checked.length - 1]);
    if (crc32(data) !== check) return { status: "tampered" };
    if (data.length < HEADER + STRINGS + SIGNATURE_LENGTH || data[0] !== 1) return { status: "tampered" };
    var kind = KINDS[data[5]];
    if (!kind) return { status: "tampered" };
    var issued = data[6] * 256 + data[7];
    var expires = data[8] * 256 + data[9];
    var strings = [];
    var at = HEADER;
    for (var s = 0; s < STRINGS; s++) {
      var value = 0, scale = 1, start = at;
      for (;;) {
        if (at >= data.length || at - start > 4) return { status: "tampered" };
        var byte = data[at++];
        value += (byte & 0x7f) * scale;
        scale *= 128;
        if (!(byte & 0x80)) break;
      }
      if (at - start !== varintLength(value)) return { status: "tampered" }; // not minimal
      if (at + value > data.length) return { status: "tampered" };
      try {
        strings.push(UTF8.decode(data.subarray(at, at + value)));
      } catch (error) {
        return { status: "tampered" };
      }
      at += value;
    }
    if (data.length - at !== SIGNATURE_LENGTH) return { status: "tampered" };
    return {
      record: {
        number: strings[0], name: strings[1], module: strings[2], site: strings[3], kind: kind,
        issued: issued, expires: expires || null, key_id: hex(data.subarray(1, 5))
      },
      signed: data.slice(0, at),
      signature: data.slice(at)
    };
  }

  function bytesOfHex(text) {
    var out = new Uint8Array(text.length / 2);
    for (var i = 0; i < out.length; i++) out[i] = parseInt(text.substr(i * 2, 2), 16);
    return out;
  }

  function ed25519(publicKey, signature, data) {
    return crypto.subtle.importKey("raw", publicKey, { name: "Ed25519" }, false, ["verify"])
      .then(function (key) { return crypto.subtle.verify({ name: "Ed25519" }, key, signature, data); });
  }

  // Does this browser really check Ed25519? A known good signature must pass, a changed one
  // fail; otherwise there is no verdict at all, never a wrong one.
  var support = null;
  function ed25519Works() {
    if (support) return support;
    if (!window.isSecureContext || !window.crypto || !crypto.subtle) {
      support = Promise.resolve("not_secure");
      return support;
    }
    var probe = CONFIG.probe;
    var key = bytesOfHex(probe.key), data = bytesOfHex(probe.data), good = bytesOfHex(probe.signature);
    var bad = good.slice();
    bad[0] ^= 1;
    support = Promise.all([ed25519(key, good, data), ed25519(key, bad, data)])
      .then(function (results) { return results[0] === true && results[1] === false ? "ok" : "no_ed25519"; },
            function () { return "no_ed25519"; });
    return support;
  }

  function todayDays() {
    var now = new Date();
    return Math.round((Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - EPOCH) / DAY);
  }

  // The verdict on a text (a bare code or the address form), as `certificate_code.verdict`
  // gives it: a promise of {status, record}; status also "not_a_code", "no_ed25519" or
  // "not_secure". `checkFragment` does the same for what follows the "#" of this page.
  function check(input) {
    return verdict(decode(codePart(input)));
  }

  function checkFragment(fragment) {
    return verdict(decode(fragmentPart(fragment)));
  }

  function verdict(decoded) {
    if (!decoded.record) return Promise.resolve({ status: decoded.status, record: null });
    var record = decoded.record;
    return ed25519Works().then(function (works) {
      if (works !== "ok") return { status: works, record: null };
      var key = CONFIG.keys[record.key_id];
      if (!key) return { status: "unknown_key", record: record };
      return ed25519(bytesOfHex(key.key), decoded.signature, decoded.signed).then(function (good) {
        if (!good) return { status: "tampered", record: null };
        if (record.expires !== null && record.expires < todayDays()) return { status: "expired", record: record };
        return { status: "valid", record: record };
      }, function () { return { status: "tampered", record: null }; });
    });
  }

  // --- showing ------------------------------------------------------------------------
  function $(id) { return document.getElementById(id); }

  function dateText(days) {
    var day = new Date(EPOCH + days * DAY);
    return day.getUTCDate() + " " + TEXT[language].months[day.getUTCMonth()] + " " + day.getUTCFullYear();
  }

  function siteText(code) {
    var name = CONFIG.sites[code];
    return name ? name + " (" + code + ")" : code;
  }

  function moduleText(code) {
    var name = CONFIG.modules[code];
    return name ? name + " (" + code + ")" : code;
  }

  function render() {
    var t = TEXT[language];
    var org = CONFIG.organisation;
    document.documentElement.lang = language;
    document.title = t.title;
    $("title").textContent = t.title;
    $("switch").textContent = t.switchTo;
    $("switch").lang = t.switchLang;
    $("revocation").textContent = t.revocation;
    $("contact").textContent = CONFIG.contact ? fill(t.contact, { contact: CONFIG.contact }) : "";
    $("paste-label").textContent = t.paste_label;
    $("check").textContent = t.check;
    $("about-title").textContent = t.about_title;
    $("about").textContent = fill(t.about, { org: org });
    $("made").textContent = fill(t.made, { date: dateText(CONFIG.made) });
    var box = $("result");
    var fields = $("fields");
    var status = shown ? shown.status : "waiting";
    box.className = "result " + status;
    $("other").textContent = shown ? t.paste_other : "";
    $("other").hidden = !shown;
    var word = t["word_" + status];
    $("verdict").textContent = word || "";
    $("verdict").hidden = !word;
    $("verdict").parentNode.hidden = !word;
    $("symbol").textContent = { valid: "\u2714", tampered: "\u2716", unknown_key: "?", expired: "\u231b" }[status] || "";
    var record = shown && shown.record;
    var why = "";
    if (status === "waiting") why = t.waiting;
    else if (status === "valid") why = fill(t.why_valid, { org: org });
    else if (status === "tampered") why = t.why_tampered;
    else if (status === "unknown_key") why = fill(t.why_unknown_key, { key: record.key_id, org: org });
    else if (status === "expired") why = fill(t.why_expired, { date: dateText(record.expires) });
    else if (status === "empty") why = t.empty;
    else why = t[status] || "";
    $("why").textContent = why;
    fields.textContent = "";
    fields.hidden = !(record && (status === "valid" || status === "expired"));
    if (!fields.hidden) {
      var rows = [["name", record.name], ["module", moduleText(record.module)],
                  ["kind", t["kind_" + record.kind]], ["issued", dateText(record.issued)],
                  ["site", siteText(record.site)],
                  ["expires", record.expires === null ? t.never : dateText(record.expires)],
                  ["number", record.number]];
      rows.forEach(function (row) {
        var term = document.createElement("dt");
        term.textContent = t[row[0]];
        var value = document.createElement("dd");
        value.textContent = row[1];
        value.className = "f-" + row[0];
        fields.appendChild(term);
        fields.appendChild(value);
      });
    }
  }

  function show(checking) {
    return checking.then(function (result) {
      shown = result;
      render();
      document.body.setAttribute("data-status", result.status);
      return result;
    });
  }

  function fromAddress() {
    var hash = location.hash;
    if (hash.length > 1) return show(checkFragment(hash.slice(1)));
    shown = null;
    render();
    document.body.setAttribute("data-status", "waiting");
    return Promise.resolve(null);
  }

  $("switch").addEventListener("click", function () {
    language = language === "nl" ? "en" : "nl";
    render();
  });
  $("paste").addEventListener("submit", function (event) {
    event.preventDefault();
    var input = $("code").value;
    if (!clean(input).trim()) {
      shown = { status: "empty", record: null };
      render();
      return;
    }
    show(check(input)).then(function () { $("result").focus(); });
  });
  window.addEventListener("hashchange", function () { window.bvmdeskReady = fromAddress(); });
  // For tests and for anyone who wants to check many codes in the console.
  window.bvmdeskCheck = check;
  window.bvmdeskCheckFragment = checkFragment;
  window.bvmdeskReady = fromAddress();
})();
