"""Words drawn on the corpus images. (class, lang, text, tag): lang is en / deva / roman."""

GREETINGS = [
    # good morning
    ("good_morning", "en", "Good Morning", "-"),
    ("good_morning", "en", "Good Morning ☀️", "-"),
    ("good_morning", "en", "Very Good Morning 🌹", "-"),
    ("good_morning", "en", "Good Morning\nHave a Nice Day", "-"),
    ("good_morning", "en", "Good Morning Friends ☕", "-"),
    ("good_morning", "en", "Good Morning Sir 🙏", "-"),
    ("good_morning", "en", "Have a Blessed Day 🌼", "-"),
    ("good_morning", "deva", "सुप्रभात", "-"),
    ("good_morning", "deva", "शुभ प्रभात", "-"),
    ("good_morning", "deva", "सुप्रभात 🙏", "-"),
    ("good_morning", "deva", "सुप्रभात\nआपका दिन मंगलमय हो", "-"),
    ("good_morning", "deva", "प्रातः वंदन 🌞", "-"),
    ("good_morning", "deva", "शुभ प्रभात\nप्रणाम 🙏", "-"),
    ("good_morning", "deva", "सुप्रभात मित्रों 🌸", "-"),
    ("good_morning", "deva", "राम राम सा\nसुप्रभात", "-"),
    ("good_morning", "roman", "Suprabhat", "-"),
    ("good_morning", "roman", "Shubh Prabhat 🌞", "-"),
    ("good_morning", "roman", "Suprabhat ji 🙏", "-"),
    ("good_morning", "roman", "Shubh Prabhat\naapka din mangalmay ho", "-"),
    ("good_morning", "roman", "Gud Mrng 🌹", "-"),
    ("good_morning", "roman", "GM ☕", "-"),
    ("good_morning", "roman", "Good morning ji, pranam 🙏", "-"),
    # evening / night
    ("good_night", "en", "Good Night 🌙", "-"),
    ("good_night", "en", "Good Night\nSweet Dreams ⭐", "-"),
    ("good_night", "en", "Good Evening 🌇", "-"),
    ("good_night", "deva", "शुभ रात्रि 🌙", "-"),
    ("good_night", "deva", "शुभ रात्रि", "-"),
    ("good_night", "deva", "शुभ संध्या", "-"),
    ("good_night", "roman", "Shubh Ratri ji 🌙", "-"),
    ("good_night", "roman", "Subh Ratri", "-"),
    # weekdays
    ("weekday", "en", "Happy Sunday 🌻", "-"),
    ("weekday", "en", "Happy Monday", "-"),
    ("weekday", "en", "Blessed Friday", "-"),
    ("weekday", "deva", "शुभ सोमवार\nहर हर महादेव", "hindu"),
    ("weekday", "deva", "शुभ मंगलवार\nजय बजरंगबली 🙏", "hindu"),
    ("weekday", "deva", "शुभ गुरुवार", "-"),
    ("weekday", "deva", "शुभ शनिवार", "-"),
    ("weekday", "deva", "शुभ रविवार 🌞", "-"),
    ("weekday", "roman", "Shubh Somvar 🙏", "hindu"),
    # salutations of every faith
    ("salutation", "deva", "जय श्री राम 🚩", "hindu"),
    ("salutation", "deva", "राधे राधे", "hindu"),
    ("salutation", "deva", "जय श्री कृष्ण", "hindu"),
    ("salutation", "deva", "ॐ नमः शिवाय", "hindu"),
    ("salutation", "deva", "जय माता दी 🙏", "hindu"),
    ("salutation", "deva", "राम राम जी", "hindu"),
    ("salutation", "roman", "Jai Shri Ram", "hindu"),
    ("salutation", "roman", "Radhe Radhe 🙏", "hindu"),
    ("salutation", "roman", "Har Har Mahadev", "hindu"),
    ("salutation", "deva", "सत श्री अकाल 🙏", "sikh"),
    ("salutation", "deva", "वाहेगुरु जी का खालसा\nवाहेगुरु जी की फ़तेह", "sikh"),
    ("salutation", "roman", "Sat Sri Akal ji 🙏", "sikh"),
    ("salutation", "deva", "अस्सलामु अलैकुम", "muslim"),
    ("salutation", "deva", "जुम्मा मुबारक 🌙", "muslim"),
    ("salutation", "roman", "Assalamu Alaikum", "muslim"),
    ("salutation", "roman", "Jumma Mubarak 🌙", "muslim"),
    ("salutation", "en", "God Bless You 🙏", "christian"),
    ("salutation", "en", "Praise the Lord", "christian"),
    ("salutation", "deva", "प्रभु यीशु आपको आशीष दें", "christian"),
    ("salutation", "deva", "जय जिनेन्द्र 🙏", "jain"),
    ("salutation", "roman", "Jai Jinendra", "jain"),
    ("salutation", "deva", "नमो बुद्धाय", "buddhist"),
    ("salutation", "roman", "Namo Buddhaya 🙏", "buddhist"),
    ("salutation", "deva", "जय भीम", "buddhist"),
    ("salutation", "roman", "Navroz Mubarak", "parsi"),
    ("salutation", "deva", "जय हिन्द 🇮🇳", "patriotic"),
    ("salutation", "roman", "Jai Hind Sir 🇮🇳", "patriotic"),
    ("salutation", "deva", "वन्दे मातरम्", "patriotic"),
    ("salutation", "deva", "भारत माता की जय 🇮🇳", "patriotic"),
    # festivals
    ("festival", "deva", "दीपावली की हार्दिक\nशुभकामनाएँ 🪔", "diwali"),
    ("festival", "roman", "Happy Diwali 🪔", "diwali"),
    ("festival", "roman", "Shubh Deepawali", "diwali"),
    ("festival", "deva", "होली की हार्दिक शुभकामनाएँ", "holi"),
    ("festival", "en", "Happy Holi 🎨", "holi"),
    ("festival", "deva", "ईद मुबारक 🌙", "eid"),
    ("festival", "roman", "Eid Mubarak", "eid"),
    ("festival", "deva", "ईद-उल-अज़हा मुबारक", "eid"),
    ("festival", "roman", "Ramzan Mubarak 🌙", "ramzan"),
    ("festival", "en", "Merry Christmas 🎄", "christmas"),
    ("festival", "deva", "मेरी क्रिसमस 🎄", "christmas"),
    ("festival", "en", "Happy Easter", "easter"),
    ("festival", "deva", "गुरु नानक जयंती की\nलख लख बधाइयाँ", "gurpurab"),
    ("festival", "roman", "Happy Gurpurab 🙏", "gurpurab"),
    ("festival", "deva", "प्रकाश पर्व की शुभकामनाएँ", "gurpurab"),
    ("festival", "roman", "Happy Baisakhi", "baisakhi"),
    ("festival", "deva", "लोहड़ी की लख लख बधाइयाँ 🔥", "lohri"),
    ("festival", "deva", "महावीर जयंती की\nहार्दिक शुभकामनाएँ", "mahavir_jayanti"),
    ("festival", "deva", "बुद्ध पूर्णिमा की शुभकामनाएँ", "buddha_purnima"),
    ("festival", "roman", "Happy Buddha Purnima", "buddha_purnima"),
    ("festival", "deva", "नवरात्रि की हार्दिक शुभकामनाएँ", "navratri"),
    ("festival", "roman", "Shubh Navratri 🙏", "navratri"),
    ("festival", "deva", "विजयादशमी की शुभकामनाएँ", "dussehra"),
    ("festival", "deva", "श्री कृष्ण जन्माष्टमी की\nहार्दिक शुभकामनाएँ", "janmashtami"),
    ("festival", "roman", "Ganpati Bappa Morya", "ganesh_chaturthi"),
    ("festival", "deva", "गणेश चतुर्थी की शुभकामनाएँ", "ganesh_chaturthi"),
    ("festival", "deva", "रक्षाबंधन की हार्दिक शुभकामनाएँ", "raksha_bandhan"),
    ("festival", "deva", "मकर संक्रांति की शुभकामनाएँ", "makar_sankranti"),
    ("festival", "en", "Happy Pongal", "pongal"),
    ("festival", "en", "Happy Onam", "onam"),
    ("festival", "deva", "छठ पूजा की हार्दिक शुभकामनाएँ", "chhath"),
    ("festival", "deva", "महाशिवरात्रि की शुभकामनाएँ", "mahashivratri"),
    ("festival", "deva", "श्री राम नवमी की शुभकामनाएँ", "ram_navami"),
    ("festival", "deva", "गुरु पूर्णिमा की शुभकामनाएँ", "guru_purnima"),
    ("festival", "deva", "आंबेडकर जयंती की शुभकामनाएँ", "ambedkar_jayanti"),
    ("festival", "deva", "स्वतंत्रता दिवस की\nहार्दिक शुभकामनाएँ 🇮🇳", "independence_day"),
    ("festival", "en", "Happy Independence Day 🇮🇳", "independence_day"),
    ("festival", "deva", "गणतंत्र दिवस की शुभकामनाएँ", "republic_day"),
    ("festival", "en", "Happy Republic Day 🇮🇳", "republic_day"),
    ("festival", "deva", "नव वर्ष की शुभकामनाएँ", "new_year"),
    ("festival", "en", "Happy New Year 2027 🎆", "new_year"),
]

QUOTES = {
    "deva": [
        "जीवन में सफलता उन्हीं को मिलती है जो परिश्रम करते हैं।",
        "मुस्कुराते रहिए, खुश रहिए।",
        "प्रत्येक दिन एक नई शुरुआत है।",
        "श्रम ही सफलता की कुंजी है।",
        "कर्म करो, फल की चिंता मत करो।",
        "ईश्वर आपको सदा प्रसन्न रखे।",
        "त्रिलोकीनाथ आपकी हर मनोकामना पूर्ण करें।",
        "सच्ची मित्रता श्रद्धा और विश्वास से बनती है।",
        "प्रभु श्री राम की कृपा आप पर सदा बनी रहे।",
    ],
    "en": [
        "Every morning is a new beginning. Take a deep breath and start again.",
        "Smile, it's a new day!",
        "Life is short. Make every moment count.",
        "Believe you can and you're halfway there.",
        "Be the reason someone smiles today.",
    ],
    "roman": [
        "Zindagi mein hamesha muskurate raho",
        "Aapka din shubh ho, khush raho",
        "Bhagwan aapko sada khush rakhe",
    ],
}

SIGNATURES = ["— आपका शुभचिंतक", "From: Ramesh Yadav, Ward 7", "- Sunita Devi", "शुभचिंतक: मनोज कुमार",
              "Team Mohalla Suraksha Samiti", "~ Pappu Bhaiya 🙏"]

NIGHT_EMOJI = ["🌙", "⭐", "✨", "🌃", "😴", "🌌"]
GREETING_EMOJI = ["🙏", "🌹", "🌞", "☕", "🌸", "🌼", "💐", "😊", "🌺", "❤️", "🌷", "⭐"]
FESTIVAL_EMOJI = {"diwali": "🪔🪔🎆", "holi": "🎨🌈", "eid": "🌙⭐", "ramzan": "🌙", "christmas": "🎄🎁⭐",
                  "new_year": "🎆🎉", "independence_day": "🇮🇳", "republic_day": "🇮🇳", "lohri": "🔥",
                  "easter": "🐣🌷"}

TRICKY = [
    ("Good morning sir 🙏", "This pothole near the Government Girls School on Station Road has become very deep. "
     "Two bikes fell yesterday. Please get it repaired."),
    ("सुप्रभात सर 🙏", "कल रात वार्ड 12 में दो घरों में चोरी हुई है, कृपया गश्त बढ़ाएँ।"),
    ("Good morning ji", "Streetlight near Hanuman Mandir crossing not working for 5 days, girls are afraid to go to tuition."),
    ("Suprabhat sir", "gaon mein bijli ka taar tut kar sadak par gira hai, turant dekhiye"),
    ("राम राम जी", "मंडी के पास रोज़ शाम को जाम लगता है, ट्रैफिक पुलिस की ज़रूरत है।"),
    ("Good morning sir", "MISSING: Rahul, 9 years, blue shirt, last seen at bus stand 7 am. Call 94150 00000"),
    ("शुभ प्रभात", "आज सुबह 10 बजे थाने पर शांति समिति की बैठक है, सभी सदस्य समय से पहुँचें।"),
    ("Good morning all", "Suspicious person roaming near the SBI ATM since last night, photo attached."),
    ("Jai Hind sir", "Wedding procession is blocking the highway near the toll plaza, ambulance stuck."),
    ("सुप्रभात", "नाले का पानी सड़क पर भर गया है, स्कूल के बच्चे फिसल रहे हैं।"),
    ("Eid Mubarak sir", "Please arrange traffic police near the Idgah at 8 am for the namaz crowd."),
    ("Happy Diwali sir", "A firecracker shop is operating without licence inside Gandhi Market."),
    ("जय श्री राम", "मंदिर के पास लावारिस बैग पड़ा है, कृपया जाँच करवाएँ।"),
    ("Sat Sri Akal ji", "Tractor trolley without reflectors parked on the highway at night, accident risk."),
    ("Good morning sir 🌞", "Gas cylinder being sold in black at ₹1400 by the agency on Nehru Road."),
]

NOTICES = [
    ("सूचना", "सर्वसाधारण को सूचित किया जाता है कि दिनांक {d} को मेले के कारण स्टेशन रोड पर यातायात "
     "परिवर्तन रहेगा। भारी वाहन बाईपास से जाएँगे।"),
    ("NOTICE", "Verification of tenants and domestic helpers is mandatory. Landlords must submit the form "
     "at the police station within 15 days from {d}."),
    ("सावधान! साइबर ठगी से बचें", "कोई भी OTP, PIN या पासवर्ड किसी से साझा न करें। बैंक कभी फ़ोन पर OTP "
     "नहीं माँगता। ठगी होने पर तुरंत 1930 पर कॉल करें।"),
    ("PUBLIC NOTICE", "A black bag containing documents was found near the bus stand on {d}. "
     "The owner may collect it from the police station with proof of identity."),
    ("शांति समिति की बैठक", "दिनांक {d} को सायं 4 बजे थाना परिसर में त्योहारों के संबंध में शांति समिति "
     "की बैठक आयोजित की जाएगी। सभी सदस्य आमंत्रित हैं।"),
    ("TRAFFIC ADVISORY", "Route diversion on {d} from 8 am to 2 pm for the procession. "
     "Use Ring Road. Parking near the Clock Tower is prohibited."),
    ("गुमशुदा की तलाश", "नाम: सोनू, उम्र: 14 वर्ष, रंग: गेहुँआ, कद: 4 फुट 8 इंच। दिनांक {d} से लापता। "
     "सूचना देने वाले को उचित इनाम।"),
    ("ज़रूरी सूचना", "प्रतिबंधित चाइनीज़ मांझे की बिक्री दंडनीय अपराध है। बिक्री की सूचना थाने पर दें।"),
]

DOCUMENTS = [
    ("सेवा में,\nश्रीमान थानाध्यक्ष महोदय,\nथाना कोतवाली नगर\n\nविषय: मोबाइल फ़ोन गुम होने के संबंध में।\n\n"
     "महोदय,\nनिवेदन है कि दिनांक {d} को बाज़ार में मेरा मोबाइल फ़ोन (IMEI 35 209 9101 334 1) कहीं गिर गया। "
     "कृपया रिपोर्ट दर्ज करने की कृपा करें।\n\nप्रार्थी\nसुरेश कुमार, वार्ड 4"),
    ("To,\nThe SHO,\nPolice Station Civil Lines\n\nSubject: Complaint about loud DJ after 10 pm\n\n"
     "Sir,\nA DJ is played every night after 10 pm at the marriage hall near our colony. Students cannot study. "
     "Kindly take action.\n\nYours faithfully,\nResidents of Shanti Nagar, {d}"),
    ("प्रथम सूचना रिपोर्ट (FIR)\nथाना: सदर बाज़ार    वर्ष: 2026    FIR सं.: 0412\nदिनांक: {d}\n"
     "धारा: 303(2) BNS\nसूचनाकर्ता: रमेश चंद्र\nघटनास्थल: पुरानी सब्ज़ी मंडी\nविवरण: मोटरसाइकिल चोरी"),
    ("RECEIPT\nReceived from Shri Mohan Lal a sum of ₹500 (Rupees five hundred only) towards "
     "the Ganesh Utsav committee, {d}.\n\nTreasurer\nGanesh Utsav Samiti, Ward 9"),
    ("प्रार्थना पत्र\nसेवा में, श्रीमान क्षेत्राधिकारी महोदय\nविषय: पड़ोसी द्वारा रास्ता रोकने के संबंध में\n"
     "महोदय, प्रार्थी के घर का रास्ता पड़ोसी ने ईंटें डालकर बंद कर दिया है। "
     "कृपया उचित कार्यवाही करें।\nदिनांक {d}\nप्रार्थिनी: कमला देवी"),
]

CLAIMS = [
    ("en", "Child kidnapping gang active in a white van in the district. Share with all groups!"),
    ("deva", "बच्चा चोर गिरोह सक्रिय है, सफेद वैन में घूम रहे हैं। सभी ग्रुप में भेजें!"),
    ("en", "From tomorrow 500 rupee notes will be banned. Exchange them at the bank today."),
    ("deva", "कल से सभी पेट्रोल पंप 3 दिन बंद रहेंगे, आज ही टंकी फुल करवा लें।"),
    ("en", "Tap water in Sector 4 is poisoned. Do not drink tap water until further notice."),
    ("deva", "नमक की भारी कमी होने वाली है, तुरंत 10 किलो खरीद लें।"),
    ("en", "Police will fine ₹5000 for forwarding WhatsApp messages after 10 pm."),
    ("deva", "इस नंबर से कॉल आए तो मत उठाना, फ़ोन फट जाएगा।"),
    ("en", "Free recharge of ₹749 for all users. Click the link before midnight."),
    ("deva", "आज रात 12 बजे से इंटरनेट 48 घंटे बंद रहेगा।"),
    ("en", "A leopard has been seen near the railway colony. Keep children indoors."),
    ("deva", "बाँध का गेट टूट गया है, 2 घंटे में बाढ़ आएगी, गाँव खाली करें।"),
    ("roman", "Kal se school 15 din band rahenge, sarkari aadesh aa gaya hai"),
    ("en", "Vaccine camp at the school is giving injections that cause infertility. Do not go."),
    ("deva", "मंदिर में मूर्ति दूध पी रही है, सब लोग जल्दी पहुँचो।"),
    ("en", "Army will be deployed in the city tonight, all shops to remain closed for a week."),
    ("deva", "नकली नोट छापने वाला गिरोह पकड़ा गया, 200 के नोट ध्यान से देखें।"),
    ("roman", "Bank 5 din lagatar band rahenge, aaj hi paisa nikal lo"),
    ("en", "Eating chicken spreads the new virus. Government has issued an alert."),
    ("deva", "रेलवे भर्ती के फॉर्म मुफ़्त भरे जा रहे हैं, इस लिंक पर क्लिक करें।"),
    ("en", "Gang of thieves dressed as sadhus is entering houses in the afternoon."),
    ("deva", "पुल में दरार आ गई है, कल से आवाजाही बंद।"),
    ("en", "Drinking hot water with lemon at night cures the fever in one day. Forward to save lives."),
    ("deva", "थाने में अब बिना आधार कार्ड के शिकायत नहीं ली जाएगी।"),
]
RUMOUR_HEADERS = ["BREAKING NEWS", "ALERT", "सावधान!", "ज़रूरी सूचना", "Forwarded as received", "अति आवश्यक"]
RUMOUR_FOOTERS = ["सभी ग्रुप में शेयर करें", "Share to maximum groups", "जनहित में जारी", "Please forward 🙏",
                  "Aage bhejo"]

SIGNS = [
    ("थाना कोतवाली नगर", "POLICE STATION KOTWALI NAGAR"),
    ("थाना सिविल लाइंस", "POLICE STATION CIVIL LINES"),
    ("महिला हेल्प डेस्क", "WOMEN HELP DESK"),
    ("विद्यालय आगे है, धीरे चलें", "SCHOOL AHEAD, GO SLOW"),
    ("शर्मा जनरल स्टोर", "Sharma General Store"),
    ("राजकीय प्राथमिक विद्यालय", "Govt. Primary School, Ward 3"),
    ("नो पार्किंग", "NO PARKING"),
    ("सामुदायिक स्वास्थ्य केंद्र", "Community Health Centre"),
    ("डायल 112", "Emergency 112"),
    ("रामपुर 12 कि.मी.", "RAMPUR 12 km"),
]

PLATES = ["UP 32 DX 4821", "MH 12 KT 0457", "DL 3C AB 1234", "BR 01 PA 7788", "RJ 14 CM 2211",
          "MP 09 ZK 5590", "HR 26 BQ 3110", "GJ 05 JH 9021", "UP 78 CT 6402", "PB 10 FF 1888"]

CHATS = [
    ["Sir, Ward 5 mein aaj meeting kitne baje hai?", "4 baje, thana parisar mein", "Ok sir 🙏"],
    ["कल रात पुल के पास एक्सीडेंट हुआ, एम्बुलेंस आई थी", "कोई घायल?", "दो लोग, अस्पताल भेजे गए"],
    ["Forwarded", "Child kidnapping gang active in white van. Share with all groups!", "Is this true sir?"],
    ["Forwarded", "कल से सभी पेट्रोल पंप 3 दिन बंद रहेंगे", "ये अफ़वाह है, कृपया आगे न भेजें"],
    ["Tomorrow traffic diversion near Clock Tower from 8 am", "Noted", "Thanks for the info"],
    ["Your SBI account will be blocked today. Update KYC: sbi-kyc-update.top", "Sir yeh SMS aaya hai"],
]
SMS_SENDERS = ["Ward 12 Volunteers", "Thana Civil Lines Saathi", "Mohalla Suraksha", "Beat 4 Group"]
