#!/usr/bin/env python3
"""Generator for the Saathi greeting-filter evaluation corpus.

Hand-written messages live in the H_* blocks below (one message per line).
A smaller part of the corpus is composed programmatically (obfuscation of
clean greetings, greeting/address/emoji + content combinations) with a
fixed seed.  Run:  python3 gen.py   -> writes tune.tsv and holdout.tsv
(stdlib only, deterministic).
"""
import hashlib
import random
import unicodedata
import os
import sys

SEED = 20240917
HERE = os.path.dirname(os.path.abspath(__file__))


def lines(block):
    out = []
    for ln in block.split("\n"):
        ln = ln.strip(" \t")
        if ln and not ln.startswith("##"):
            out.append(ln)
    return out


# ---------------------------------------------------------------------------
# GREETING classes (label = greeting)
# ---------------------------------------------------------------------------

H_EN_DEVA = """
गुड मॉर्निंग
गुड मॉर्निंग सर जी
गुड नाइट
गुड नाईट
गुड नाइट सर
गुड आफ्टरनून
गुड आफ्टरनून सर
गुड ईवनिंग
गुड इवनिंग
गुड ईवनिंग सभी को
हैप्पी संडे
हैप्पी सनडे
हैप्पी मंडे
हैप्पी फ्राइडे
हैप्पी वीकेंड
हैप्पी दिवाली
हैप्पी होली
हैप्पी न्यू ईयर
हैप्पी न्यू इयर
हैप्पी बर्थडे
हैप्पी क्रिसमस
मेरी क्रिसमस
हैप्पी ईद
हैप्पी लोहड़ी
हैप्पी रक्षाबंधन
हैप्पी इंडिपेंडेंस डे
हैप्पी रिपब्लिक डे
हैप्पी मदर्स डे
हैप्पी फादर्स डे
हैप्पी टीचर्स डे
हैप्पी वुमन्स डे
हैप्पी फ्रेंडशिप डे
गुड मॉर्निंग ऑल
गुड मॉर्निंग एवरीवन
गुड मार्निंग
गुड मोर्निंग
गुड मॉर्निग
गुड मोनिंग
गुड मॉर्निंग जी
गुड मॉर्निंग भाई
गुड मॉर्निंग दोस्तों
गुड मॉर्निंग फ्रेंड्स
गुड मॉर्निंग सभी साथियों को
वेरी गुड मॉर्निंग
वैरी गुड मॉर्निंग सर
गुड मॉर्निंग हैव अ नाइस डे
हैव अ नाइस डे
हैव अ गुड डे
हैव ए ग्रेट डे
नाइस डे
गुड नाइट स्वीट ड्रीम्स
गुड नाइट टेक केयर
स्वीट ड्रीम्स
टेक केयर ऑल
गुड नाइट ऑल
गुड नाईट सभी को
गुड नाइट जी
गुड नाइट फ्रेंड्स
गुड डे
गुड डे सर
हेलो
हैलो सर
हेलो ऑल
हेलो एवरीवन
हाय
हाय ऑल
हाय सर
हाई फ्रेंड्स
हेलो जी
वेलकम
वेलकम सर
वेलकम टू द ग्रुप
वेलकम भाई
वेलकम ऑल न्यू मेंबर्स
गुड मॉर्निंग सर 🙏
गुड नाइट सर जी 🙏
गुड इवनिंग सर जी
हैप्पी धनतेरस
हैप्पी नवरात्रि
हैप्पी दशहरा
हैप्पी छठ पूजा
हैप्पी गुरु पूर्णिमा
हैप्पी जन्माष्टमी
हैप्पी बसंत पंचमी
हैप्पी महाशिवरात्रि
हैप्पी बकरीद
हैप्पी गुरु पर्व
हैप्पी ईस्टर
हैप्पी बुद्ध पूर्णिमा
हैप्पी महावीर जयंती
हैप्पी मकर संक्रांति
हैप्पी पोंगल
हैप्पी ओणम
हैप्पी बैसाखी
मॉर्निंग सर
मॉर्निंग ऑल
नाइट नाइट
गुड मॉर्निंग हैप्पी संडे
गुड मॉर्निंग हैप्पी मंडे
गुड नाइट एंड स्वीट ड्रीम्स
हैप्पी वीकेंड दोस्तों
गुडमॉर्निंग
गुडनाइट
गुड मॉनिंग
गुड इविनिंग
गुड एवनिंग
गुड़ मॉर्निंग
गुड़ नाइट
"""

H_SMS = """
gud aftrnun
gud afternun
gd aftrnoon
good nyt
gud nyt
gud nite
gd nyt
gd nt
gn
gn sir
gn all
gn ji
gn sd tc
gm
gm ji
gm sir
gm all
gm sir ji
gmm
gm gm
vgm
vgm sir
gd mrng
gd mrnig
gud mrng
gud mrning
gud mornin
gud morng
gd mng
good mrng
good mrg
gud mng sir
g9
g9 sir
g8 nyt
gud n8
gd n8
good n8
gd 9
gud 9 sir
gud evng
gd evng
gud evening
gd eve
good evng
gud afternoon
gud aftnn
nmste
nmst
nmskr
nmaste ji
namste
nmste sir
nmskar ji
pranaam
prnm
prnam sir
subh ratri
shubh ratri
shub ratri
subh ratri ji
subhratri
shubhratri
suprbhat
suprabhat
suprbht ji
suprabhaat
suprabht
shubh prbhat
subh prabhat
shubh prabhaat
shub din
subh sandhya
shubh sandhya
hpy sunday
hppy sndy
hapy monday
hpy diwali
hppy holi
hpy nw yr
hny
hny 2027
hbd
hbd bhai
mry xmas
mery xms
eid mubrk
eid mbrk
eid mubark
ramzan mubrk
jsr
jsr ji
jai shri rm
jai sri ram ji
jsk
ram ram sa
rm rm
radhe rdhe
jai hnd
jai hind sr
gud morning sirji
gud mrng sirjee
gdmrng
gdnyt
goodnyt
gudnite
good nite all
nite nite
sweet drms
swt drms
gn swt drms
tc all
tc sir
hlo
hllo sir
helo all
hii
hiii sir
hello jee
hy all
wlcm
wlcm sir
welcum bhai
wc ji
gd day
hv a nyc day
hv a gud day
nyc day sir
hav a grt day
gud mrng hv a nyc day
assalamualykum
aslm
slm
wslm
ssa ji
ssa
jj
hpy lohri
hpy eid
gd mrning sir ji
goood mrng
gud mrnig
gudmrng
mrng sir
mrng all
mrng ji
morning
evng sir
nmskr sbko
subh prbhat sbko
gd mrng frnds
gn frndz
gm frndzz
"""

H_PLAIN = """
good morning
Good morning
Good Morning
good morning sir
good morning ji
good morning all
good morning everyone
good morning friends
good morning to all
Good morning to all members
good night
Good night
good night sweet dreams
good night all
good night sir ji
good night take care
good evening
Good evening sir
good afternoon
Good afternoon all
namaste
Namaste
namaste ji
Namaste sir
namaste sabhi ko
namaskar
namaskar ji
सुप्रभात
सुप्रभात जी
सुप्रभात सर
सुप्रभात सभी को
शुभ रात्रि
शुभ रात्रि जी
शुभ रात्रि सभी को
शुभ प्रभात
शुभ संध्या
शुभ दोपहर
नमस्ते
नमस्ते जी
नमस्कार
नमस्कार जी
नमस्कार सभी को
नमस्ते सर
नमस्ते सभी को
राम राम
राम राम जी
जय हिंद
जय हिन्द
जय हिंद सर
jai hind
Jai Hind sir
jai hind ji
जय हिंद जय भारत
jai hind jai bharat
good morning jai hind
hello
Hello sir
hello everyone
hello all
hi
hi all
hii everyone
hey all
welcome
Welcome to the group
welcome sir
welcome all new members
हार्दिक स्वागत
स्वागत है
आपका स्वागत है
swagat hai
aapka swagat hai
good day
have a nice day
have a good day
have a great day ahead
nice day
good morning have a nice day
good night and sweet dreams
sweet dreams
take care
take care all
सुप्रभात आपका दिन शुभ हो
सुप्रभात मित्रों
सुप्रभात दोस्तों
शुभ रात्रि मित्रों
नमस्कार मित्रों
नमस्ते दोस्तों
good morning dosto
good morning doston
suprabhat
shubh ratri
shubh prabhat
Good morning, have a great day
Good morning!
Good night!
Good morning sir.
good morning 🌞
good night 🌙
शुभ दिन
आदाब
आदाब अर्ज़ है
adaab
adab arz hai
सलाम
salaam
salam sir
सत श्री अकाल
sat sri akal ji
good morning all members
"""

H_RELIGIOUS_VARIANT = """
assalamu alaikum
assalamu alaikum sir
Assalamu Alaikum
assalamualaikum
assalam alaikum
assalamo alaikum
asalamu alaikum
asalam alaikum
asalamualaikum
aslam o alaikum
aslam-o-alaikum
aslamo alaikum
aslamoalaikum
aslamualaikum
aslaam alaikum
assalam o alaikum
assalam-o-alaikum
assalamu alaykum
assalamu alaikum wa rahmatullah
assalamu alaikum wa rahmatullahi wa barakatuh
assalamualaikum warahmatullahi wabarakatuhu
as-salamu alaykum
as salam alaikum
salam alaikum
salaam alaikum
salamalaikum
salamu alaikum
salam walekum
salam wale kum
salaam walaikum
salam aleykum
walekum assalam
walaikum assalam
wa alaikum assalam
walaikumassalam
wa alaikum salam
walekum salam
waalaikum assalam
wa-alaikum-as-salam
walaikum salaam bhai
khuda hafiz
khudahafiz
khuda hafeez
khuda haafiz
allah hafiz
allah haafiz
allahhafiz
alla hafiz
fi amanillah
अस्सलामु अलैकुम
अस्सलाम अलैकुम
अस्सलामो अलैकुम
अस्सलामु अलैकुम व रहमतुल्लाह
असलाम अलैकुम
सलाम अलैकुम
सलाम वालेकुम
वालेकुम अस्सलाम
व अलैकुम अस्सलाम
वअलैकुम अस्सलाम
ख़ुदा हाफ़िज़
खुदा हाफिज
ख़ुदा हाफ़िज़ सर
अल्लाह हाफ़िज़
अल्लाह हाफिज
namaskar
namaskaar
namaskaram
namaskaaram
namaskarm
namashkar
namaskar sir
namaskaram ji
pranam
pranaam
parnam
pranam ji
sadar pranam
saadar pranaam
charan sparsh
charan sparsh ji
ram ram
raam raam
ram-ram
ram ram ji
ram ram sa
jai siya ram
jai siyaram
jai siya raam
jay siya ram
siya var ramchandra ki jai
radhe radhe
radhey radhey
radhe-radhe
raadhe raadhe
har har mahadev
har-har-mahadev
har har mahadeo
hara hara mahadeva
sat sri akal
sat shri akal
sasriakal
sasriakaal
sat sri akaal ji
sat shree akal
sat shri akaal
ssa ji
waheguru ji ka khalsa waheguru ji ki fateh
waheguru ji ka khalsa, waheguru ji ki fateh
vaheguru ji ka khalsa vaheguru ji ki fateh
wahe guru ji ka khalsa wahe guru ji ki fateh
waheguru ji ka khalsa sri waheguru ji ki fateh
jai jinendra
jay jinendra
jai jinendr
jai jinendra sa
jai jinendra ji
namo buddhay
namo buddhaya
namo budhay
namo buddhay jai bhim
jai bhim
jay bhim
jai bheem
jai bhim namo buddhay
praise the lord
Praise the Lord brother
praise d lord
praise god
god bless
God bless
god bless u
God bless you
जय जिनेन्द्र
जय जिनेंद्र
नमो बुद्धाय
जय भीम
जय भीम नमो बुद्धाय
सत श्री अकाल जी
सतश्रीअकाल
वाहेगुरु जी का खालसा वाहेगुरु जी की फतेह
वाहेगुरु जी का ख़ालसा, वाहेगुरु जी की फ़तेह
प्रणाम
सादर प्रणाम
चरण स्पर्श
नमस्कारम
राम-राम
जय सिया राम
जय सियाराम
राधे-राधे
हर हर महादेव
हर-हर महादेव
प्रेज़ द लॉर्ड
गॉड ब्लेस
"""

H_DEVOTIONAL = """
जय गुरुदेव
जय झूलेलाल
राधे कृष्णा
राधे राधे
राधे राधे जी
राधे राधे सभी को
सीता राम सीता राम
सीताराम सीताराम
राम राम राम राम
जय श्री राम
जय श्रीराम
जय श्री राम 🙏
जय श्री कृष्ण
जय श्री कृष्णा
जय माता दी
जय माता की
जय माँ दुर्गा
जय माँ काली
जय माँ विंध्यवासिनी
जय माँ शारदे
जय माँ वैष्णो देवी
जय बजरंगबली
जय हनुमान
जय बजरंग बली की
जय श्री श्याम
जय बाबा की
जय बाबा विश्वनाथ
जय भोले
जय भोलेनाथ
ॐ नमः शिवाय
हर हर गंगे
जय गंगा मैया
जय जगन्नाथ
जय साईं राम
ॐ साईं राम
ॐ साईं राम जी
जय गणेश
गणपति बप्पा मोरया
जय शनिदेव
जय खाटू श्याम
जय सालासर बालाजी
जय बालाजी
जय गोरखनाथ
जय शिव शंकर
बम बम भोले
जय अयोध्या नाथ
जय रविदास
जय संत रविदास
जय कबीर
सत्यनाम
जय गुरु जी
जय सतगुरु देव
राधा स्वामी
राधास्वामी जी
जय श्री महाकाल
जय महाकाल
जय माँ चंद्रिका देवी
जय देवी पाटन
या अली मदद
या ख्वाजा गरीब नवाज़
या हुसैन
jai gurudev
jai jhulelal
radhe krishna
radhe krishna radhe krishna
jai mata di
jai mata di ji
jai maa durga
jai maa vindhyavasini
jai maa vaishno devi
jai bajrangbali
jai bajrang bali
jai hanuman ji
jai shree shyam
jai shri shyam
jai khatu shyam
jai baba ki
jai baba bholenath
jai bhole
jai bhole ki
bam bam bhole
har har gange
jai ganga maiya
jai jagannath
jai shri jagannath
bol sanchi jyot wali mata ki jai
jai sai ram
om sai ram
om sairam
sai ram
jai sai baba
om namah shivay
om namah shivaya
jai mahakal
jai shri mahakal
jai shani dev
ganpati bappa morya
ganpati bappa moriya
jai shri ganesh
jai shri ram
jai sri ram
jay shree ram
jai shree ram
jai shree krishna
jai shri krishna
sita ram sita ram
siyaram siyaram
ram ram ram ram
radhe radhe ji
jai gurudev ji
jai guru ji
jai satguru
radha soami
radha swami ji
dhan dhan satguru
dhan guru nanak
jai ravidas
jai guru ravidas
jai sant kabir
jai gorakhnath
jai baba gorakhnath
jai balaji
jai salasar balaji
jai maa kali
jai kali maa
jai ayodhya nath
jai shri hari
hari om
hari om tat sat
jai shri radhe
jai jai shri radhe
ya ali madad
ya ali
ya khwaja garib nawaz
ya hussain
jai mahaveer
jai mahavir swami
jai adinath
buddham sharanam gacchami
jai jhule lal
jai jhulelal sai
ayo lal jhulelal
jai baba baidyanath
jai kedarnath
jai badri vishal
jai ho
jai ho baba ki
jai mata rani ki
mata rani ki jai
sherawali mata ki jai
jai chandrika devi
jai devipatan
"""

H_FESTIVAL = """
शुभ दीपावली
दीपावली की हार्दिक शुभकामनाएं
दीपावली की हार्दिक शुभकामनाएँ
दीपावली की हार्दिक बधाई
आप सभी को दीपावली की हार्दिक शुभकामनाएं
होली की हार्दिक शुभकामनाएं
होली की रंग भरी शुभकामनाएं
होली मुबारक
छठ पूजा की हार्दिक शुभकामनाएं
छठ महापर्व की हार्दिक शुभकामनाएं
ईद मुबारक
ईद उल फ़ित्र मुबारक
ईद उल अज़हा मुबारक
बकरीद मुबारक
रमज़ान मुबारक
रमज़ान करीम
जुम्मा मुबारक
शब-ए-बारात मुबारक
क्रिसमस की शुभकामनाएं
मेरी क्रिसमस सभी को
नव वर्ष की हार्दिक शुभकामनाएं
नए साल की बधाई
नववर्ष मंगलमय हो
लोहड़ी की लख लख बधाइयां
गुरु पर्व की लख लख बधाइयां
गुरु नानक जयंती की हार्दिक शुभकामनाएं
प्रकाश पर्व की बधाई
बैसाखी की बधाई
मकर संक्रांति की हार्दिक शुभकामनाएं
खिचड़ी की हार्दिक शुभकामनाएं
बसंत पंचमी की शुभकामनाएं
महाशिवरात्रि की हार्दिक शुभकामनाएं
राम नवमी की हार्दिक शुभकामनाएं
हनुमान जयंती की शुभकामनाएं
श्री कृष्ण जन्माष्टमी की हार्दिक शुभकामनाएं
रक्षाबंधन की हार्दिक शुभकामनाएं
नवरात्रि की हार्दिक शुभकामनाएं
शारदीय नवरात्रि की शुभकामनाएं
विजयादशमी की हार्दिक शुभकामनाएं
दशहरा की बधाई
धनतेरस की हार्दिक शुभकामनाएं
भाई दूज की शुभकामनाएं
गोवर्धन पूजा की शुभकामनाएं
करवा चौथ की हार्दिक शुभकामनाएं
हरितालिका तीज की शुभकामनाएं
गणेश चतुर्थी की हार्दिक शुभकामनाएं
गुरु पूर्णिमा की हार्दिक शुभकामनाएं
बुद्ध पूर्णिमा की हार्दिक शुभकामनाएं
महावीर जयंती की हार्दिक शुभकामनाएं
अंबेडकर जयंती की हार्दिक शुभकामनाएं
गांधी जयंती की हार्दिक शुभकामनाएं
स्वतंत्रता दिवस की हार्दिक शुभकामनाएं
गणतंत्र दिवस की हार्दिक शुभकामनाएं
स्वतंत्रता दिवस की हार्दिक बधाई 🇮🇳
वंदे मातरम
वन्दे मातरम्
भारत माता की जय
उत्तर प्रदेश दिवस की हार्दिक शुभकामनाएं
शिक्षक दिवस की हार्दिक शुभकामनाएं
मातृ दिवस की शुभकामनाएं
देव दीपावली की शुभकामनाएं
कार्तिक पूर्णिमा की शुभकामनाएं
गंगा दशहरा की शुभकामनाएं
नाग पंचमी की शुभकामनाएं
झूलेलाल जयंती की लख लख बधाइयां
चेटीचंड की शुभकामनाएं
ओणम की शुभकामनाएं
पोंगल की शुभकामनाएं
गुड फ्राइडे
ईस्टर की शुभकामनाएं
shubh deepawali
shubh dipawali
happy diwali
Happy Diwali to all
happy deepavali
diwali ki hardik shubhkamnaye
deepawali ki hardik shubhkamnayein
happy holi
holi ki shubhkamnaye
holi mubarak
happy lohri
lohri diyan lakh lakh vadhaiyan
happy makar sankranti
makar sankranti ki badhai
happy pongal
happy bihu
happy onam
vanakkam
happy vishu
happy ugadi
happy gudi padwa
happy baisakhi
happy vaisakhi
guru purab di lakh lakh vadhaiyan
gurpurab diyan lakh lakh vadhaiyan
happy gurpurab
happy guru nanak jayanti
eid mubarak
Eid Mubarak
eid ul fitr mubarak
eid ul adha mubarak
eid-ul-adha mubarak
bakrid mubarak
bakra eid mubarak
ramzan mubarak
ramadan kareem
ramadan mubarak
jumma mubarak
juma mubarak
shab e barat mubarak
eid milad un nabi mubarak
merry christmas
Merry Christmas and happy new year
happy christmas
happy easter
happy new year
happy new year 2027
happy new year 2026
nav varsh ki shubhkamnaye
naye saal ki badhai
happy teej
happy hariyali teej
teej ki shubhkamnaye
karwa chauth ki hardik shubhkamnayein
happy karwa chauth
happy navratri
navratri ki hardik shubhkamnaye
happy dussehra
vijayadashami ki shubhkamnaye
happy dhanteras
happy bhai dooj
happy raksha bandhan
rakhi ki badhai
happy janmashtami
janmashtami ki hardik shubhkamnaye
happy ganesh chaturthi
happy chhath puja
chhath puja ki hardik shubhkamnaye
happy mahashivratri
maha shivratri ki shubhkamnaye
happy ram navami
happy hanuman jayanti
basant panchami ki shubhkamnaye
happy basant panchami
happy guru purnima
happy buddha purnima
buddh purnima ki shubhkamnaye
happy mahavir jayanti
ambedkar jayanti ki hardik shubhkamnaye
happy ambedkar jayanti
gandhi jayanti ki badhai
happy gandhi jayanti
happy independence day
happy independence day 🇮🇳
happy republic day
happy republic day 🇮🇳🇮🇳
swatantrata diwas ki hardik shubhkamnaye
gantantra diwas ki badhai
vande mataram
bharat mata ki jai
happy mothers day
happy mother's day
happy fathers day
happy teachers day
happy womens day
happy women's day to all
happy friendship day
happy children's day
happy up diwas
happy cheti chand
happy dev deepawali
happy kartik purnima
happy nag panchami
happy akshaya tritiya
akshay tritiya ki shubhkamnaye
happy lohri and makar sankranti
happy holi 🎨
happy new year sir ji
wish you a happy diwali
wishing you all a very happy diwali
wish u happy holi
wishing everyone a happy and prosperous new year
season's greetings
happy holidays
happy durga puja
shubho bijoya
subho bijoya
happy rongali bihu
happy chhath
"""

H_BLESSING = """
आपका दिन मंगलमय हो
आपका दिन शुभ हो
आपका दिन शुभ और मंगलमय हो
आपकी रात्रि शुभ हो
आपका हर दिन शुभ हो
आपका सप्ताह मंगलमय हो
ईश्वर आपको सुखी रखे
ईश्वर आप सबको सदा खुश रखे
भगवान आप सभी का भला करे
प्रभु की कृपा बनी रहे
प्रभु की कृपा आप पर सदा बनी रहे
आप सभी स्वस्थ रहें, प्रसन्न रहें
आप सभी स्वस्थ रहें मस्त रहें
सदा खुश रहो
खुश रहें स्वस्थ रहें
माँ दुर्गा आपकी सभी मनोकामनाएं पूर्ण करें
बजरंगबली आपकी रक्षा करें
भोलेनाथ सबका कल्याण करें
अल्लाह आपको सलामत रखे
अल्लाह सबको सेहत दे
अल्लाह आप सबको खुश रखे
वाहेगुरु मेहर करे
वाहेगुरु सब दा भला करे
सर्वे भवन्तु सुखिनः
सबका मंगल हो
आपका जीवन खुशियों से भरा रहे
आपके घर में सुख समृद्धि बनी रहे
माता रानी की कृपा आप पर बनी रहे
श्री राम जी की कृपा सब पर बनी रहे
आपका आने वाला वर्ष मंगलमय हो
नया साल आपके लिए खुशियाँ लाए
आप और आपका परिवार सदा सुखी रहे
ईश्वर आपकी हर मनोकामना पूरी करे
साईं बाबा सबका भला करें
जय हो, सबका कल्याण हो
aapka din shubh ho
aapka din mangalmay ho
aap ka din accha ho
aapka din shubh rahe
aapki raat shubh ho
ishwar aapko sukhi rakhe
ishwar aap sabko khush rakhe
bhagwan aapka bhala kare
bhagwan sabka bhala kare
prabhu ki kripa bani rahe
prabhu ki kripa sab par bani rahe
aap sabhi swasth rahen, prasann rahen
aap sabhi swasth rahe khush rahe
khush raho swasth raho
sada khush raho
allah aapko salamat rakhe
allah sabko khush rakhe
allah hifazat kare
allah aapko sehat de
waheguru mehar kare
waheguru sab da bhala kare
mata rani sabki manokamna puri kare
bajrangbali sabki raksha kare
bhole baba sabka kalyan kare
sai baba bless you
radhe rani ki kripa bani rahe
sabka mangal ho
God bless you all
God bless all
may god bless you
may god bless you all
may god shower blessings on all
may god bless everyone with good health
have a blessed week
have a blessed day
have a blessed sunday
have a blessed weekend
stay blessed
stay blessed always
be blessed
blessings to all
stay safe stay healthy
stay happy stay healthy
be happy always
keep smiling
keep smiling always
wish you a wonderful day
wishing you a peaceful night
wishing you all a great week ahead
may your day be filled with happiness
may this day bring you joy
jesus bless you
god bless you brother
peace be upon you
may peace be with you
lord bless you all
buddha bless you
bhavatu sabba mangalam
sabba mangalam
micchami dukkadam
michhami dukkadam
मिच्छामि दुक्कड़म
सबका भला हो
aap sab par bhagwan ki kripa bani rahe
aapka har pal shubh ho
aapka jeevan mangalmay ho
naya saal aapke liye khushiyan laye
ishwar aapki har manokamna puri kare
aapka aane wala din shubh ho
har din khushiyon bhara ho
khuda aapko hamesha khush rakhe
rab rakha
rab raakha
"""

H_EMOJI = """
🙏
🙏🙏
🙏🙏🙏
🙏🌹🌹
🌹🌹🌹
🌄🌄🙏
🌅🙏
🌞🌞
☀️🙏
🌸🌸🙏
🌺🙏🌺
🪷🙏
🪷🪷🪷
🚩🚩
🚩🙏🚩
🔱🔱
🔱🙏
☸️🙏
☸️☸️
🕎
🕎✨
🕉️🙏
🕉️🕉️🕉️
☪️🤲
🤲🤲
☦️🙏
✝️🙏
🪯🙏
🎆🎆
🎇🎇🎆
🧨🧨🪔
🪔🪔🪔
🪔✨🪔
🎨🎨
🦚🦚🙏
🌻🌻
🌻☀️🌻
✨✨🙏✨✨
💐💐
💐🙏
🇮🇳🇮🇳🇮🇳
🇮🇳🙏
🇮🇳 jai hind 🇮🇳
🌄 सुप्रभात 🌄
🌹 शुभ प्रभात 🌹
🪔 शुभ दीपावली 🪔
🎇 happy diwali 🎇
🎨🌈 happy holi 🌈🎨
🪷 jai shri ram 🪷
🚩 जय श्री राम 🚩
🔱 har har mahadev 🔱
☸️ namo buddhay ☸️
🌙 eid mubarak 🌙
🌙✨ ईद मुबारक ✨🌙
🎄 merry christmas 🎄
🎄🎅🎁
🪁 happy makar sankranti 🪁
🌾 happy baisakhi 🌾
🪯 sat sri akal 🪯
🕉️ ॐ नमः शिवाय 🕉️
🦚 radhe radhe 🦚
🌻 good morning 🌻
☕ good morning ☕
☕🌞
🌙⭐ good night
😴💤 gn
🌃 शुभ रात्रि 🌃
🎆 happy new year 2027 🎆
🥳🎉 happy new year
🎉🎂 hbd bhai
🌷🌷 namaste 🌷🌷
🙏🏻 नमस्ते 🙏🏻
🙏🏽🙏🏽
🙏🏼 good morning sir 🙏🏼
👋 hello all
👋👋
😊🙏
🤗🙏
🌈✨
🌅🌅🌅
🌞🙏🌹 सुप्रभात 🌹🙏🌞
🏵️🏵️🏵️
🍬🪔 happy dhanteras
🪔🪔 शुभ दीपोत्सव 🪔🪔
"""

H_ADDRESS = """
सुप्रभात प्रभारी महोदय
सुप्रभात सभी सम्मानित सदस्यों को
आदरणीय थानाध्यक्ष महोदय को प्रणाम
आदरणीय SHO साहब को सादर नमस्कार
सभी आदरणीय जनों को सुप्रभात
सभी ग्रुप सदस्यों को शुभ रात्रि
माननीय एसपी महोदय को नमस्कार
दरोगा जी को राम राम
चौकी इंचार्ज साहब को नमस्ते
सम्मानित बीट कांस्टेबल जी को सुप्रभात
सभी भाइयों और बहनों को सुप्रभात
बड़े भाई साहब को प्रणाम
ताऊ जी राम राम
चाचा जी नमस्ते
भैया जी प्रणाम
दीदी नमस्ते
माताओं बहनों को नमस्कार
सभी बुजुर्गों को चरण स्पर्श
good morning respected members
good morning respected sir
good morning SHO sahab
good morning sho sir
good morning inspector sahab
good morning daroga ji
good morning beat sipahi ji
good morning all respected group members
good night all group members
good night respected members of the group
good evening all police mitra
good morning all police mitras
good morning dear volunteers
good morning to all gram prahari
namaste bhai jaan
namaste bhaijan
namaste bhai sahab
namaste uncle ji
namaste aunty ji
namaste didi
ram ram tau ji
ram ram chacha
ram ram bhai logo
pranam guru ji
pranam pandit ji
pranam bade bhaiya
suprabhat sabhi sammaniya sadasyon ko
suprabhat aadarniya prabhari mahoday
suprabhat sho sahab
suprabhat daroga ji
suprabhat sabhi mitron ko
namaskar sabhi sathiyon ko
jai hind sho sahab
jai hind sir ji
jai hind sabhi police mitron ko
assalamu alaikum bhai jaan
assalamualaikum maulana sahab
adaab chacha jaan
salaam huzoor
sat sri akal veer ji
sat sri akal paaji
sasriakal bhaji
jai jinendra bhaisahab
praise the lord brother and sisters
good morning father
good morning pastor ji
jai bhim sathiyo
namo buddhay bhante ji
radhe radhe bhaiya
jai siya ram mahant ji
good morning madam
good morning ma'am
good morning mam ji
good morning DSP sir
good morning CO sahab
good morning thana prabhari ji
good morning sabhi ko
good morning to all my dear friends
respected sir good morning
respected members good night
respected all good evening
dear all good morning
hello all group members
hello respected members
namaste pradhan ji
ram ram pradhan ji
pranam mukhiya ji
good morning chowkidar bhai
good morning gram pradhan sahab
सभी प्रिय मित्रों को गुड मॉर्निंग
प्रधान जी को राम राम
सभी पुलिस मित्रों को जय हिंद
"""

H_OBFUSCATED = """
g00d m0rn1ng
g00d n1ght
gud m0rning
g0od mornin9
9ood morning
G.o.o.d M.o.r.n.i.n.g
g o o d  m o r n i n g
G-o-o-d N-i-g-h-t
goooood mooorning
gooooood morninggggg
good nighttttt
gud mrnggggg
suprabhaaaaat
jaiii shriii raaaam
eid mubaraaaak
GoOd MoRnInG
gOoD nIgHt
GOOD MORNING
GOOD NIGHT SIR
good....morning!!!!
good morning!!!!!!!
good...night...
good-morning
good_morning
good~morning~
g o o d  n i g h t
s u p r a b h a t
n.a.m.a.s.t.e
r a d h e  r a d h e
*good morning*
_good night_
~good morning~
"""

# ---------------------------------------------------------------------------
# CONTENT classes (label = content)
# ---------------------------------------------------------------------------

H_REPORT = """
ok
ok sir
Ok sir ji
okk
noted
noted sir
ji sir noted
ji sir
जी सर
जी सर नोट कर लिया
done sir
done
ho gaya sir
हो गया सर
thik hai
theek hai sir
ठीक है
ठीक है सर
haan ji
हाँ जी
nahi sir
yes sir
no sir
received sir
mil gaya
मिल गया सर
on the way sir
pahunch raha hoon
5 min mein aata hoon
duty pe hoon
duty par hu sir
main point pe khada hoon
kal meeting kitne baje hai?
meeting kab hai sir
kal ki meeting cancel hai kya
कल की मीटिंग कितने बजे है
मीटिंग का स्थान कहाँ है
aaj patrolling kaun karega
aaj raat gasht kis taraf hogi
hamare mohalle mein kal raat chori hui
mere ghar se bike chori ho gayi
meri bike chori ho gayi splendor UP32 wali
kal raat dukaan ka taala toota
गांव में कल रात दो भैंस चोरी हो गईं
मेरे घर के बाहर से साइकिल चोरी हो गई
मोहल्ले में चोरी की घटनाएं बढ़ गई हैं
school ke paas gaddha hai, bachche gir rahe hain
NH-24 pe accident hua hai, ambulance bhejo
highway par truck palat gaya
चौराहे पर एक्सीडेंट हुआ है, दो लोग घायल
accident near petrol pump, one injured
bazaar mein do group mein ladai ho rahi hai
gaon mein jhagda ho gaya, police bhejiye
पड़ोसी रोज़ गाली गलौज करता है, क्या करें
meri beti 2 ghante se ghar nahi aayi
मेरा बेटा कल शाम से लापता है, उम्र 12 साल
missing: 8 saal ka ladka, neeli shirt pehne, station road se
ek budhe baba bhatak rahe hain bus adde pe, ghar ka pata nahi bata pa rahe
chaurahe pe jam laga hai 1 ghante se
traffic jam at hazratganj since 6 pm
रेलवे फाटक पर भारी जाम है
raat 12 baje tak DJ baj raha hai, so nahi pa rahe
shaadi mein DJ bahut tez hai, band karwao
पास के मैरिज हॉल में रात 1 बजे तक डीजे बज रहा है
mere number pe OTP maanga kisi ne, bank wala bata raha tha
ek call aaya KYC update karne ke liye, link bheja
mere account se 15000 kat gaye, kya karun
UPI se paise chale gaye galat number pe
फोन पर किसी ने खुद को पुलिस बताकर पैसे मांगे
online fraud hua hai, 1930 pe call kiya lag nahi raha
cyber fraud ki complaint kahan karein
facebook pe meri fake id bana di kisi ne
whatsapp hack ho gaya mera, sabko paise maang rahe hain
mera aadhar card kho gaya, report kaise likhwayein
driving licence kho gaya, FIR zaroori hai kya
मेरा पर्स बाजार में गिर गया, उसमें आधार कार्ड था
purse mila hai temple road pe, jiska ho contact kare
mobile kho gaya, IMEI block kaise karein
ek sandigdh aadmi 2 din se gali mein ghoom raha hai
गली में एक संदिग्ध गाड़ी रात से खड़ी है
koi lawaris bag pada hai bus stand pe
unknown bike khadi hai 3 din se school ke bahar
gaon mein kachchi sharab bik rahi hai
जुआ खेला जा रहा है बगीचे में
ladkon ka group ladkiyon ko chhed raha hai college ke bahar
college ke bahar roz chhed chhaad hoti hai
street light 1 hafte se band hai, andhera rehta hai
bijli 2 din se nahi aayi
पानी की टंकी लीक हो रही है
nali jam hai, sadak pe paani bhar gaya
sadak pe bijli ka taar gira hua hai
गाँव में बिजली का तार टूटकर गिरा है, करंट का खतरा
road pe ek ped gir gaya hai, raasta band
aag lag gayi hai kheton mein
भूसे के ढेर में आग लगी है
fire brigade ka number kya hai?
112 pe call nahi lag raha
dial 112 ki gaadi kitni der mein aayegi
thane ka landline number bhejo
beat officer ka number kya hai
चौकी प्रभारी का नंबर चाहिए
FIR online kaise karein?
character certificate ke liye kya documents chahiye
tenant verification ka form kahan milega
passport verification ke liye kab aana hai thane
किरायेदार सत्यापन कैसे होगा
kal ration vitaran hoga ya nahi
camp kal subah 10 baje hai
kal subah 9 baje thane pe milna hai sabko
sabhi volunteers kal 8 baje pahunchen
list bhej di hai sir
photo bhej raha hoon
location share kar di hai
video dekhiye sir, ye kal ka hai
yeh number spam hai, koi uthaye nahi
is number se fraud call aa rahi hai 98XXXXXX21
gaadi number UP 32 AB 1234 bina number plate ke ghoom rahi thi
ek scorpio tez raftaar se school ke paas chal rahi thi
bachche bike pe teen sawari ja rahe the bina helmet
school ke time pe auto wale bahut bachche bhar rahe hain
e-rickshaw wale galat side chal rahe hain
parking ki samasya hai market mein
market mein encroachment badh gaya hai
thele wale road gher lete hain
illegal mining ho rahi hai nadi ke kinare
raat ko tractor se balu chori ho raha hai
khet mein jaanwar chhod dete hain log, fasal barbaad
awara saand ne ek aadmi ko ghayal kar diya
kutte ne bachche ko kaat liya
गाँव में आवारा कुत्तों का आतंक है
pados mein ek aurat ke saath maar peet ho rahi hai
ghar mein ghusne ki koshish ki kisi ne raat 2 baje
mere chacha ki zameen pe kabza kar liya
zameen ke vivad mein dhamki mil rahi hai
bank ke bahar ek aadmi logon se form bharne ke naam pe paise le raha hai
ATM mein card phans gaya aur ek aadmi madad ke bahane aaya
kal sabzi mandi mein jeb kati
metro mein mobile chori ho gaya
bus mein purse chori hua
chain snatching hui station road pe, kaali pulsar pe do ladke the
चेन स्नैचिंग की घटना हुई है, बाइक सवार दो युवक
ladki ka number kisi ne viral kar diya
instagram pe ladki ko dhamkaya ja raha hai
koi bachcha naale ke paas akela baitha hai
ek ladki ro rahi hai bus stand pe, shayad kho gayi hai
hospital mein khoon ki zaroorat hai B+ ka
O negative blood chahiye district hospital mein
ambulance nahi aa rahi, kisi ke paas gaadi hai?
school ki chutti kal hai kya?
kal bazaar band rahega kya
kya kal curfew hai?
election duty ki list aa gayi kya
volunteer ID card kab milega
ID card mil gaya sir, dhanyavad
training kis din hai
kya hum bhi chaukidari mein aa sakte hain
mere pass ek video hai chori ki, kahan bhejun
CCTV footage chahiye to dukaan wale se baat karo
CCTV band pada hai chauraha wala
news mein jo khabar aayi hai wo sahi hai kya
ye khabar fake hai, share na karein
sir wo case ka kya hua
meri complaint pe abhi tak kuch nahi hua
complaint number 2345 ka status kya hai
आवेदन दिए 10 दिन हो गए, कोई कार्रवाई नहीं हुई
शिकायत दर्ज नहीं की जा रही है
थाने में सुनवाई नहीं हो रही
please help, urgent
urgent hai sir
help chahiye
madad chahiye jaldi
jaldi aao
koi hai?
sir ek baat karni hai
sir call kar lo
call back please
ek minute baat ho sakti hai?
sir aapka number busy aa raha hai
reached
pahunch gaya
nikal gaye sab
sab log aa gaye
abhi aa raha hoon
main late ho jaunga 15 min
aaj nahi aa paunga, tabiyat kharab hai
kal chhutti chahiye sir
agle hafte ki duty roster bhejiye
Please send the duty roster for next week
The meeting is postponed to Monday 11 am
Street light not working near the girls school
Someone is selling liquor illegally near the bus stand
There was a fight outside the marriage hall last night
My cousin received a fake call asking for OTP
A suspicious person is roaming near the ATM
Is the highway open now?
When will the patrol vehicle reach?
Pothole near the primary school, please get it repaired
Noted, will inform the others
Done, list shared
thank you sir, kaam ho gaya
dhanyavad sir, bike mil gayi
shukriya, complaint darj ho gayi
सूचना के लिए धन्यवाद, टीम भेज दी गई है
kripya sabhi log apna aadhar number bhejein
सभी सदस्य अपना मोबाइल नंबर अपडेट करें
group mein sirf kaam ki baat karein
koi bhi forward message bina jaanch ke na bhejein
ye group sirf suchna ke liye hai
naye member ko add karo sir
is number ko group se hata do
admin please check
mera naam list mein nahi hai
humare gaon ka naam galat likha hai
kal se naya beat officer aayega
SHO sahab ka transfer ho gaya kya
thane ka naya number 0522XXXXXX hai
kitne log aayenge kal
?
??
kya hua?
kahan?
kab?
kaun sa gaon?
kitne baje?
sahi hai
galat hai
haan sahi baat hai
main bhi yahi keh raha tha
"""

H_NEAR_RELIGIOUS = """
jai shri ram ki shobha yatra ka route kya hai?
jai shri ram ke naare ke baad mohalle mein tension hai
shobha yatra kal kitne baje niklegi
ram navami ki shobha yatra ke liye permission kahan se milegi
diwali par patakhe ki dukaan bina license chal rahi hai
diwali ke din 2 ghar mein chori hui
diwali ke patakhon se ek bachcha jal gaya
दीपावली पर अवैध पटाखा गोदाम की सूचना
दीवाली की रात जुआ खेला जा रहा है मोहल्ले में
eid ki namaz ke time traffic jam
eid ki namaz kitne baje hai, traffic divert hoga kya
ईद की नमाज़ के समय मस्जिद के बाहर जाम
bakrid par khule mein kurbani ki shikayat
बकरीद पर साफ़ सफाई की व्यवस्था नहीं है
mandir ke bahar chain snatching
mandir ke bahar se chappal chori ho rahi hai roz
मंदिर के दान पात्र से चोरी हुई
mandir mein raat ko taala toota
masjid ke paas parking ki problem hai
masjid ke loudspeaker ki awaaz ko lekar vivad
मस्जिद के सामने सड़क टूटी है
holi ke din sharab bik rahi thi
holi pe rang ke naam pe ladkiyon se badtameezi hui
होली पर हुड़दंग करने वालों पर नज़र रखें
holika dahan kahan hoga is baar, jagah pe vivad hai
होलिका दहन की लकड़ी चोरी हो गई
gurudwara ke paas car park galat hai
gurudwara ke langar mein bheed, traffic lag gaya
गुरुद्वारे के बाहर बाइक चोरी हुई
church ke bahar raat ko ladke sharab peete hain
christmas ki raat church road pe jam tha
क्रिसमस पर चर्च के पास सुरक्षा बढ़ाई जाए
jain mandir ke paas se murti chori ki afwah hai, sach kya hai
jain mandir ke bahar gaadi khadi karne se mana karte hain
buddh vihar ke saamne kooda phenk diya kisi ne
ambedkar jayanti ki rally ka time kya hai
ambedkar pratima ke saath chhed chhaad ki gayi
kanwar yatra ke time route diversion kahan hoga
कांवड़ यात्रा के दौरान हाईवे बंद रहेगा क्या
kanwariyon ke liye paani ka stall lagana hai, permission chahiye
durga puja pandal mein bijli ka taar khula hai
दुर्गा पूजा पंडाल के पास भीड़ ज़्यादा है, पुलिस चाहिए
navratri mein garba ke baad ladai hui
visarjan ka route kya rahega
मूर्ति विसर्जन के दौरान नदी में एक लड़का डूब गया
ganesh visarjan mein DJ raat 2 baje tak
chhath ghat pe light nahi hai
छठ घाट पर सफ़ाई नहीं हुई है, कृपया नगर पालिका को बताएं
chhath puja ke liye ghat pe barricading chahiye
muharram ke julus ka route kya hai
मोहर्रम के जुलूस में ताज़िया की ऊँचाई को लेकर विवाद
tazia julus ke time bijli kaatni padegi kya
ramzan mein sehri ke time pe gasht badhayi jaaye
roza iftar ke time bazaar mein bahut bheed hai
shab e barat ki raat bike stunt karte hain ladke
शब-ए-बारात पर बाइक स्टंट पर रोक लगाई जाए
guru purab ke nagar kirtan ka route kya hai
nagar kirtan ke liye road khali karwana hai
lohri ki raat aag se jhopdi jal gayi
makar sankranti pe patang ke manjhe se ek aadmi ka gala kat gaya
chinese manjha bik raha hai market mein
चाइनीज़ मांझा अभी भी बिक रहा है, कार्रवाई करें
basant panchami pe chinese manjha bechne wala pakda gaya
janmashtami ki jhanki ke liye permission kaun deta hai
जन्माष्टमी पर मटकी फोड़ में भीड़ बेकाबू हो गई
shivratri pe mandir mein bheed, dhakka mukki ho rahi hai
महाशिवरात्रि पर मंदिर में भगदड़ जैसी स्थिति
karwa chauth ki raat market mein chain snatching hui
raksha bandhan pe bus mein bahut bheed, mahilaon ki suraksha ka intezaam karein
teej ke mele mein ek bachchi kho gayi hai
मेले में एक बच्चा खो गया है, लाल कपड़े पहने है
mele mein jeb katre ghoom rahe hain
dussehra mele mein jhoola toot gaya
ravan dahan ke baad bheed mein bhagdad ho gayi
रावण दहन के दौरान आग फैल गई
dhanteras pe sone ki dukaan mein chori
bhai dooj pe bus nahi chal rahi, kya karein
new year ki raat hulladbaazi karne walon ko roko
31 december ki raat sharab peekar gaadi chala rahe the
independence day pe flag hosting kitne baje hai thane pe
15 august ki parade mein volunteers ko kab aana hai
गणतंत्र दिवस पर थाने में झंडारोहण 8 बजे होगा
republic day pe school mein program hai, police band aayega kya
gandhi jayanti pe sharab ki dukaan khuli thi
2 october ko dry day hai phir bhi theka khula hai
jai bhim ke naare pe do group mein jhagda
jai mata di likhi gaadi se takkar ho gayi
jai hind likha truck NH pe palat gaya
radhe radhe bolne wale ek baba logon ko thag rahe hain
sadhu ke bhes mein thag ghoom rahe hain gaon mein
फ़क़ीर के भेष में दो आदमी घरों की रेकी कर रहे थे
namaz ke baad masjid ke bahar fight hui
aarti ke time mandir ke bahar bike khadi kar dete hain
bhandare mein khana khane ke baad log beemar pade
भंडारे में खाना खाकर 20 लोग बीमार
langar ke liye sadak pe tent lagane ki permission chahiye
jagran ki permission kahan se milegi
mata ka jagran raat bhar chalega, loudspeaker ki anumati hai kya
qawwali program ki permission kaise milegi
urs ke mele mein jeb kat gayi
dargah ke bahar bheekh mangwane wala giroh
दरगाह के पास संदिग्ध व्यक्ति घूम रहा है
kumbh ke liye bus kahan se milegi
magh mela mein kho gaye budhe ko dhundhne mein madad karo
ayodhya jaane wala raasta band hai kya
ram mandir darshan ke naam pe fake booking link aa raha hai
प्रसाद के नाम पर ऑनलाइन ठगी हो रही है
vaishno devi yatra ka fake package bech raha tha ek aadmi
hajj ke naam pe paise le kar bhaag gaya agent
umrah ka fake agent pakda gaya kya?
christmas gift ke naam pe link aa raha hai, click na karein
diwali offer wala link fraud hai
eid pe naye kapde ki dukaan pe bheed mein purse chori
mandir ke pujari ko dhamki mili hai
imam sahab ne shikayat ki hai ki raat ko ladke shor karte hain
gurudwara ke granthi ji ki cycle chori ho gayi
church ke father ji ko call pe dhamki
pooja ke samaan ki dukaan ke bahar ladai
holi ke baad se do pariwaron mein tanav hai
kal ki yatra mein kitne volunteer lagenge
jai shri ram bolne ko lekar jabardasti ki ja rahi hai, video hai
masjid ke imam ka number chahiye shanti samiti ke liye
shanti samiti ki baithak kab hai tyohar se pehle
त्योहार से पहले शांति समिति की बैठक कल 4 बजे
"""

H_NEAR_BLESSING = """
aapka din shubh ho, kal 10 baje camp hai
aapka din shubh ho sir, aaj patrolling 8 baje se hai
bhagwan ki kripa se sab thik hai, bas bijli ki samasya hai
God bless, please share the missing child photo
god bless you sir, meri bike mil gayi
ईश्वर आपको सुखी रखे, मेरा काम हो गया
ईश्वर आपका भला करे, बच्चा घर आ गया
भगवान की कृपा से सब ठीक है, बस पानी की दिक्कत है
प्रभु की कृपा बनी रहे, कल शिविर 9 बजे लगेगा
आपका दिन मंगलमय हो, आज बिजली कटौती 10 से 2 बजे तक रहेगी
आपका दिन शुभ हो, कृपया सभी सदस्य कल थाने पर उपस्थित रहें
allah aapko salamat rakhe, humari complaint pe dhyan dijiye
allah ka shukr hai sab khairiyat se hai, bas raat ko gasht badha dijiye
waheguru mehar kare, gurudwara ke bahar jam khulwa do
sab swasth rahen, kal vaccination camp primary school mein hai
aap sabhi swasth rahen, kal se dengue ka spray hoga mohalle mein
stay safe, highway pe fog bahut hai, dhire chalayein
stay safe everyone, heavy rain alert for tomorrow
stay blessed, please note meeting shifted to 4 pm
have a blessed day, sabhi apni duty list check kar lein
have a nice day sir, report bhej di hai
god bless all, do not share OTP with anyone
may god bless the injured, accident NH-24 pe hua hai
bhagwan us bachche ki raksha kare, abhi tak nahi mila
ishwar ghayalon ko jaldi theek kare, 3 log hospital mein hain
ईश्वर दिवंगत आत्मा को शांति दे, कल दोपहर 2 बजे अंतिम संस्कार है
bhagwan unki aatma ko shanti de, kal subah 11 baje uthawna hai
om shanti, unka dehant kal raat ho gaya
RIP, accident mein ek constable ki maut ho gayi
allah jannat naseeb kare, janaza 3 baje niklega
khuda unhe sabr de, ghar walon ki madad ke liye contact karein
waheguru unki aatma nu shanti dewe, bhog shanivar nu hai
mata rani sabki raksha kare, mele mein bachche ka dhyan rakhein
bajrangbali raksha karein, raat ko akele na niklen, gaon mein bhediya dikha hai
prabhu sab par daya kare, baadh ka paani gaon mein ghus gaya hai
bhagwan ka shukr hai koi ghayal nahi hua, par gaadi poori tut gayi
ishwar ki kripa se aag par kaabu paa liya gaya hai
भगवान का शुक्र है बच्चा मिल गया, पुलिस का धन्यवाद
sab par bhagwan ki kripa rahe, par is number se koi call aaye to mat uthana
khush raho, aur kal ki list jaldi bhejo
sada khush raho beta, form bhar diya kya
aapka har din shubh ho, patrolling ki photo group mein daal dena
subh din ho sabka, aaj chauraha wali duty mein 2 log kam hain
god bless you, can you send the helpline number
god bless, is this the right group for complaints?
blessings to all, the new duty chart is attached
wishing you all a safe week, avoid the canal road due to repair work
have a blessed sunday, mass ke baad church ke bahar parking mat karna
stay healthy, garmi mein pani peete rahein, loo se 2 log beemar hain
ishwar aapko lambi umar de, aapne meri beti ko dhoondh diya
aap jaise adhikari ko bhagwan salamat rakhe, 2 saal purana case khul gaya
bhagwan aapka bhala kare, ek aur madad chahiye
माँ दुर्गा आप सबकी रक्षा करें, पंडाल में भीड़ का ध्यान रखें
भोलेनाथ सबकी रक्षा करें, कांवड़ मार्ग पर ट्रक बंद रहेंगे
अल्लाह सबको महफ़ूज़ रखे, बारिश में पुरानी इमारत के पास न जाएं
सबका मंगल हो, कल रक्तदान शिविर थाना परिसर में है
सभी सुखी रहें, ठंड में अलाव की व्यवस्था करवा दें
aap sab khush rahen, holi pe sharab peekar gaadi na chalayein
sabko meri duaa, aur haan kal bazaar band rahega
dua karo bhai, papa ICU mein hain, blood chahiye
dua mein yaad rakhna, kal operation hai, B+ blood chahiye
prarthana karein, gaon ka ladka 3 din se lapata hai
pray for the injured, bus accident near the toll plaza
ishwar se prarthana hai ki sab thik ho, nadi ka jalstar badh raha hai
bhagwan bharose mat baitho, ghar ka taala laga ke jaana, chori badh gayi hai
god is great, mera phone mil gaya railway station pe
jai ho police ki, 2 ghante mein bike dhoondh di
aapka din shubh ho, ye message sabko bhejein: bank kabhi OTP nahi maangta
shubh ratri, kal subah 6 baje sab chauraha par milenge
suprabhat aur dhanyavad, camp mein 50 log aaye
aapki raat shubh ho, aaj raat 11 baje se 2 baje meri duty hai
ishwar aapko safalta de, aapka exam kal kitne baje hai?
bhagwan aapki raksha kare sir, aaj raat gasht mein dhyan rakhna wahan sharabi baithe rehte hain
naya saal mubarak ho, naye saal se naye niyam lagu honge, circular padh lein
happy new year, 1 jan se helmet na pehnne par 1000 jurmana
सभी का कल्याण हो, कृपया अफवाहों पर ध्यान न दें
सदा सुखी रहो, अपना आधार नंबर भेज देना
सुखी रहो, अगले हफ़्ते रोस्टर बदल जाएगा
God bless you all, kindly keep your phones on during the night patrol
Be blessed, the training has been moved to Saturday
may god give strength to the family, donations can be sent to the SHO office
rab rakha, par raat nu gasht zaroor karna
sat sri akal, rab mehar kare, gurudwara wali gali vich light nahi hai
waheguru ji, sangat nu benti hai ki gaddi road te na lagao
prabhu yeshu aapko aashish de, church road par gaddha hai
jai jinendra, sabka kalyan ho, mandir ke bahar jam laga rehta hai
namo buddhay, sabka mangal ho, vihar ke bahar kooda mat daalo
ishwar ki kripa hai, lekin mere khet ka paani koi chura raha hai
upar wala sab dekh raha hai, par chor abhi tak nahi pakda gaya
khuda ka shukr hai, bachcha hospital mein thik hai
subhkamnayen, aapka promotion SI pe ho gaya
aap sabko badhai, hamare thane ko best thana award mila
bahut bahut badhai sir, promotion ki party kab hai?
congratulations sir, kal ka program kitne baje hai
badhai ho, beti hui hai, kal mithai le kar aaunga
khushiyan manaiye par patakhe raat 10 baje ke baad mat chalaiye
holi khelo par sharab pi kar gaadi na chalao
aapka diwali shubh ho, lekin patakhe license wali dukan se hi kharidein
eid mubarak ho aur namaz ke time road khali rakhein
aap sabko meri shubhkamnaye, kal exam ke liye traffic route badla hai
stay safe, ek gang ghoom raha hai jo ATM pe madad ke bahane card badal deta hai
take care sir, aapki gaadi ka tyre puncture tha kal, thik karwa lena
"""

H_NEAR_ADDRESS = """
प्रभारी महोदय, कृपया ध्यान दें गाँव में शराब बिक रही है
प्रभारी महोदय, हमारे गाँव में रात को गश्त नहीं होती
आदरणीय थानाध्यक्ष महोदय, मेरी शिकायत पर कार्रवाई करें
आदरणीय महोदय, मेरा मोबाइल चोरी हो गया है
सम्मानित सदस्यों, कल थाने में बैठक है
सभी सम्मानित सदस्यों से निवेदन है कि अफवाह न फैलाएं
माननीय एसपी महोदय, कृपया इस मामले को देखें
दरोगा जी, चौराहे पर जाम लगा है
चौकी इंचार्ज साहब, बाजार में झगड़ा हो रहा है
भैया जी, आपका नंबर नहीं लग रहा
दीदी, आपकी स्कूटी का चालान कट गया है
ताऊ जी, खेत में कोई पशु छोड़ गया
प्रधान जी, नाली की सफ़ाई कब होगी
respected members, kal thane mein meeting hai
respected members, please update your phone numbers
respected sir, meri FIR abhi tak darj nahi hui
respected sir, kindly look into the theft case
respected SHO sir, there is a fight near the bus stand
dear volunteers, report at the police line by 7 am
dear all, please do not forward unverified videos
dear members, the camp is on Sunday at 10
bhai jaan, ye video fake hai
bhai jaan, kal milte hain thane pe 10 baje
bhaijan aapki gaadi galat jagah khadi hai
bhai sahab, aapke ghar ke bahar koi ghoom raha hai
bhai log, kal subah 6 baje sab mandir chowk pe aao
bhaiyo, koi ye number jaanta hai kya 97XXXXXX08
doston, ek bachcha kho gaya hai, photo dekho
mitron, kal se naya traffic plan lagu hoga
sathiyon, aaj raat ki gasht mein 4 log chahiye
sabhi police mitron se anurodh hai ki kal 9 baje pahunchen
sir ji, ek aadmi bina helmet ke roz school ke saamne stunt karta hai
sir ji kal chutti mil sakti hai?
sir, mera naam volunteer list mein jod dijiye
sir, gaon mein do guton mein vivad ho gaya hai
sir, yeh pata karna hai ki passport verification kab hoga
sir please call me
madam, mahila helpline ka number kya hai
ma'am, there is a girl crying near the bus stop
madam ji, school ke bahar ladke chhed rahe hain
SHO sahab, highway pe truck palta hai
SHO sir, kal ke julus ka route confirm kar dijiye
daroga ji, mere pados mein roz ladai hoti hai
inspector sahab, case number 112/24 ka kya hua
beat sipahi ji, aaj aap gaon nahi aaye
chowkidar bhai, raat ko gate band rakhna
pradhan ji, gaon mein ek ajnabi ghoom raha hai
mukhiya ji, pul ke paas paani bhar gaya hai
guru ji, kal ke shivir mein kitne log aayenge
pandit ji, mandir ke bahar ki light thik karwa do
maulana sahab, masjid ke loudspeaker ke baare mein baat karni thi
imam sahab, juma ke time traffic ka intezaam ho jayega
granthi ji, nagar kirtan ka time bata dijiye
father ji, christmas ke program ki permission mil gayi
bhante ji, buddh purnima ki rally kitne baje hai
veer ji, gurudwara ke bahar gaddi hata lo
paaji, tuhadi car da sheesha tutteya hoya hai
uncle ji, aapke ghar ka darwaza khula hai
aunty ji, aapka beta school ke bahar ladai kar raha tha
chacha jaan, aapki bakri kisi ne baandh li
tau ji, aapki bhains road pe ghoom rahi hai
सभी ग्रुप सदस्य ध्यान दें, कल से रात 10 बजे के बाद डीजे बंद
सभी साथियों से अनुरोध है कि अपना पहचान पत्र साथ लाएं
आदरणीय सदस्यगण, अगली बैठक सोमवार को है
आदरणीय बड़े भाई साहब, आपके खेत में आग लगी है
माताओं बहनों से निवेदन है कि अनजान कॉल पर OTP न बताएं
बुजुर्गों से अनुरोध है कि बैंक जाते समय अकेले न जाएं
good morning respected members, kal thane mein meeting hai
respected all, one request: do not share police vehicle photos
all members please note, group ka naam badal diya gaya hai
all group members, kal 8 baje parade hai
attention all, bank fraud calls are increasing
to all volunteers: duty chart attached, please check
hello sir, mera ek sawal hai
hello all, koi ye bag pehchanta hai?
hello respected members, blood donation camp on friday
hello madam, mahila thana kahan hai
hi sir, aapka message mila
hi all, kal ki meeting mein kaun aa raha hai
hey guys, market road pe jam hai, alternative lo
dost, tera phone band kyun hai
boss, aaj kaun duty pe hai?
bhaiya, aapki gaadi ka number kya hai
behen ji, aapka aavedan jama ho gaya hai
beta, sham ko jaldi ghar aa jana, gaon mein bhediya dikha hai
janab, aapki shikayat darj ho gayi hai
huzoor, humari gali mein paani bhar gaya hai
sahab, mera naam kaat diya gaya list se
babu ji, pension ka form kahan jama hoga
netaji, sadak ka kaam kab shuru hoga
"""

H_NEAR_EMOJI = """
🚨 aag lagi hai market mein
🔥🔥 gaon mein aag
🚑 accident NH-24
👍 done sir
😡 ye kya ho raha hai
🙏 madad chahiye, beta lapata hai
👍
👍👍
👌
👌 sir
✅
✅ done
✔️ noted
✅ list bhej di
👆 ye wala video fake hai
👆👆 upar wala number fraud hai
👇 ye dekhiye sir
👇👇 location
📍 yahan pe jam hai
📍 station road, police chahiye
📞 call karo jaldi
📞 112
🚓 gaadi bhejo
🚓 patrol car abhi tak nahi aayi
🚒 fire brigade bhejiye
🔥 dukaan mein aag lagi hai
🔥 kheton mein aag, 3 bigha jal gaya
🚨🚨 urgent
🚨 bachcha lapata, umar 7 saal
🚨 ALERT: fake call from bank
⚠️ heavy rain alert kal ke liye
⚠️ road band hai pul toot gaya
⚠️ ये नंबर फ्रॉड है
🚫 ye link mat kholna
❌ galat khabar hai
❌ ye news fake hai
❓ meeting kab hai
❓❓
🤔 ye sahi hai kya
😢 accident mein 2 log nahi rahe
😭 mera phone chori ho gaya
😱 ghar mein chor ghus gaya
😡😡 police kuch nahi kar rahi
😠 roz raat DJ bajta hai
🤬 sharabi gali de rahe hain
🙄 phir se bijli gayi
😷 kooda jal raha hai dhuan bahut hai
🤕 ladai mein sir phat gaya
💔 bachcha abhi tak nahi mila
🙏 koi madad karo, papa ko hospital le jana hai
🙏 sir meri complaint dekh lijiye
🙏🙏 sir jaldi action lijiye
🙏 ji sir
🙏 ok sir
🙏 noted
🙏 thik hai sir
🙏 aa raha hoon
🙏 theek hai, kal milte hain
👍 ok
👍 received
👍 ji
👍 pahunch gaya
👏👏 badhiya kaam sir, chor pakad liya
👏 well done team, bachcha mil gaya
💯 sahi baat
🎉 bike mil gayi, thank you police
🙂 ok
😊 ji sir kal aa jaunga
🚗💥 car ne bike ko takkar maari
🏍️ bike chori, UP 41 number
🚲 cycle chori ho gayi school se
🐄 road pe gaay baithi hai, accident ho sakta hai
🐕 kutte ne bachche ko kaata
🐍 ghar mein saanp ghus gaya, koi number hai?
💧 paani nahi aa raha 3 din se
💡 street light kharab
⚡ bijli ka taar gira hai
🌊 baadh ka paani gaon mein
🌧️ barish se road band
🧯 fire extinguisher kahan milega
🏥 hospital mein beds nahi hain
💉 vaccination camp kal 10 baje
🩸 B+ blood chahiye urgent
🩸🩸 O- donor chahiye district hospital
📢 suchna: kal bazaar band rahega
📢 कल सुबह 8 बजे परेड है
📢 सभी सदस्य ध्यान दें
📝 form bhar diya
📄 aadhar ki copy bhej di
📷 photo bhejo chor ki
📹 cctv footage mil gaya
🎥 video dekho ye kal ka hai
🔗 ye link fraud hai mat kholo
💰 10 hazar kat gaye account se
💳 ATM card block karwana hai
📱 mobile kho gaya station pe
🔑 chabi mili hai park mein
👜 purse mila hai, kiska hai
🧒 ye bachcha bus stand pe mila hai
👵 ye amma ji rasta bhatak gayi hain
⏰ meeting 11 baje
🕙 10 baje tak pahunchna hai
📅 training 15 tareekh ko
🗓️ kal ki chutti cancel
🚧 road repair, diversion via canal road
🚦 signal kharab hai chaurahe ka
🚌 bus palat gayi
🚜 tractor se balu chori
🍺 theke ke bahar hungama
🔪 chaku dikhakar loot
🔫 goli chalne ki awaaz aayi
🧨 bina licence patakhe bik rahe hain
🪔 diye se aag lag gayi dukaan mein
🎆 patakhe se chhat pe aag
🇮🇳 parade kitne baje hai kal?
🚩 shobha yatra ka route bhej do
🌙 iftar ke time bazaar mein jam
🎄 church road pe jam hai
"""

H_RUMOUR = """
forward as received: bachcha chor giroh ghoom raha hai
forwarded as received - bachcha chor gang gaon mein aaya hai, savdhan rahein
kal se 2000 ke note band
kal se 500 ke note band ho jayenge, jaldi bank jao
बच्चा चोर गिरोह सक्रिय है, सभी सावधान रहें
सावधान! रात को दरवाज़ा खटखटाने वाले औरतें गिरोह की हैं
सूचना: कल से सभी स्कूल 15 दिन के लिए बंद
urgent: kal se lockdown lag raha hai poore UP mein
breaking news: kal bharat band hai
WhatsApp kal se paid ho jayega, is message ko 10 logon ko bhejo
ye message 10 group mein bhejo warna bura hoga
ye message 11 logon ko bhejo, shaam tak khushkhabri milegi
jai mata di, ye message 9 logon ko bhejo, mata rani kripa karegi
jai shri ram, is photo ko share karo, kal tak achhi khabar milegi
radhe radhe, ye sandesh 5 logon ko bhejo, manokamna puri hogi
assalamu alaikum, ye message aage bhejo, sawab milega, warna gunah
good morning, forward: paani ki tanki mein zeher mila diya gaya hai
good morning sabko, suna hai kal raat 12 baje se internet band hoga
gm, please share: DJ wale ki gaadi mein bachche utha rahe hain
subh prabhat, sab log sawdhan rahein, sabzi mein injection lagaya ja raha hai
suprabhat, WHO ne kaha hai garam paani se corona khatam hota hai
ghar ke bahar lal nishan lagaya ho to turant police ko batayein, chor ka nishaan hai
raat ko koi bachche ki awaaz mein bulaye to darwaza mat kholna
kidney chor gang hospital mein ghoom raha hai
Police ne notice jaari kiya hai: raat 10 baje ke baad bahar nikle to 5000 jurmana
govt har ghar ko 5000 de rahi hai, is link pe register karo
PM yojana mein free laptop, link pe click karo
free recharge 3 mahine ka, link: bit.ly/xxxx
sabke account mein 15000 aayenge, form bharo
sarkar free mobile de rahi hai, aadhar number bhejo
ration card band ho jayega agar ye form nahi bhara
kal se bina aadhar link ke sim band
gas cylinder mein bomb ki khabar fake nahi hai, share karo
mandir mein murti doodh pee rahi hai, jaldi jao
masjid mein chand dikha, kal eid hai - confirm nahi hai
nadi ka bandh toot gaya hai, gaon khali karo - ye afwah hai kya?
baandh tootne wala hai, sab log oonchi jagah jao
kal bhookamp aane wala hai, NASA ne bataya
kal raat 12 se 3 ke beech mobile band rakho, cosmic rays aayengi
mobile tower se kainsar hota hai, sab tower hatwao
aaj raat 11:30 baje se 3:30 tak phone switch off rakhein, radiation aayega
इस फोटो वाले आदमी को देखें तो पुलिस को बताएं, ये बच्चा चोर है
ये वीडियो देखो, गाँव में चोर पकड़ा गया, शेयर करो
फॉरवर्ड: कल से पेट्रोल 150 रुपये लीटर
फॉरवर्ड मैसेज: सभी बैंक 5 दिन बंद रहेंगे
बैंक कर्मचारी हड़ताल पर हैं, कल से 4 दिन बैंक बंद
नमक की कमी होने वाली है, नमक जमा कर लो
चीनी प्लास्टिक के अंडे बिक रहे हैं बाज़ार में
प्लास्टिक चावल बिक रहे हैं, सावधान
कोरोना की नई लहर आ गई है, कल से सब बंद
केंद्र सरकार ने घोषणा की है कि 10 रुपये का सिक्का बंद
10 ka sikka band ho gaya hai, koi mat lena
50 ke naye note nakli hain, mat lena
nakli 500 ke note chal rahe hain, 'star' wale note mat lena
dhyan dein: market mein nakli 200 ke note aaye hain
ek aurat ghar ghar jaake survey ke naam pe OTP maang rahi hai - forward
pradhan mantri ne kaha hai har ghar ko free bijli, form bharo
bijli bill mein 50% chhoot, is number pe call karo
aapka bijli connection aaj raat kaat diya jayega, is number pe call karein
Dear customer your electricity will be disconnected tonight, call 98XXXXXX33
Your SBI account will be blocked today, update KYC: sbi-kyc-update.xyz
aapka parcel customs mein ruka hai, 2000 bhejo
aapke naam pe drugs ka parcel pakda gaya, CBI officer bol raha hoon
digital arrest ki call aayi thi, video call pe police ki vardi mein aadmi tha
main police se bol raha hoon, aapke bete ko pakda hai, paise bhejo
aapka bijli meter kharab hai, 500 rupaye dekar thik karwa lo - koi aadmi aaya tha
kaun banega crorepati lottery jeeti hai, 25 lakh, processing fees bhejo
KBC lottery ka message aaya hai, kya ye sach hai?
army wala bata ke OLX pe bike bech raha hai, advance maang raha hai
OLX pe army officer banke fraud, sabko batao
inbox mein check karo, mera facebook hack ho gaya tha, koi paise na bhejein
mere naam se koi paise maang raha hai facebook pe, mat dena
ye audio suno, chor gang ki ladies ghar ghar aa rahi hain
jai hind dosto, sena ke naam pe donation link aaya hai, fake hai
jai hind, is shaheed ke parivar ke liye 1 rupaya bhejo - ye fake account hai
god bless, pray for this child, share to get treatment money - fake hai shayad
bhagwan ke liye share karo, ye bachcha kho gaya hai (2019 ki photo hai)
missing child photo viral hai, wo bachcha 2 saal pehle mil chuka tha
ye missing wala message purana hai, bachcha mil gaya tha
social media pe jo curfew ki khabar hai wo galat hai
sosal media par afwah: thane mein bawal - aisa kuch nahi hua
SP sahab ka fake letter viral hai, dhyan na dein
DM ke naam se fake aadesh viral, schools band nahi hain
ye notice fake hai: "kal se sabhi dukaane 2 baje band"
fake notice: "holi par rang lagane par FIR hogi"
fake news: eid ki namaz mein roads pe namaz par 10 hazar jurmana
fake news: gurudwara mein langar band hone ki khabar galat hai
viral video mein jo hai wo Bihar ka hai, humare zile ka nahi
ye video 2017 ka hai, abhi ka nahi, share na karein
jo video chal raha hai wo edited hai
purana video naye caption ke saath viral, fake hai
sunne mein aaya hai ki kal yatra par patthar chalenge - koi confirm kare
suna hai mandir tod diya gaya, kya sach hai?
suna hai masjid mein aag lagi hai, koi confirm karo
bas stand pe bomb rakha hai - ye message sach hai kya?
school mein bachchon ko zeherili toffee baant rahe hain - savdhan
chocolate mein drugs mila ke bachchon ko de rahe hain, forward karo
good night sabko, aaj raat 2 baje se 5 baje tak phone band rakhna, NASA alert
shubh ratri, jaagte raho, chor gang gaon mein ghus aaya hai
suprabhat mitron, ek khush khabri: sabhi pensioners ko 3000 extra milenge, ye link kholo
radhe radhe, aaj ekadashi hai, ye post share karo warna 7 saal dukh
जय श्री राम, ये संदेश 11 ग्रुप में भेजो, आज ही शुभ समाचार मिलेगा
ईद मुबारक! ये लिंक खोलो और ईदी में 5000 पाओ
happy diwali! Amazon diwali gift: claim your free iPhone at amaz0n-gift.xyz
happy new year! get free 5G recharge, click here
merry christmas, free gift card link, click now
happy holi, ye video dekho pura, police ne kya kiya holi pe (fake hai)
vaheguru, ye message aage bhejo, gurudwara sahib mein chamatkar hua hai
jai bhim, baba saheb ki murti todi gayi - ye khabar galat hai, koi aisa nahi hua
jai jinendra, jain muni par hamla ki khabar fake hai, shanti banaye rakhein
"""

H_NEAR_GREETING = """
good night patrolling kab hogi?
jai hind sir, thane ke saamne accident hua hai
सुप्रभात सर, हमारे मोहल्ले में कल रात चोरी हुई
good morning sir, this pothole near the school is getting bigger
ram ram ji, bijli 2 din se nahi aayi, complaint kahan karein
good morning sir, kal ki meeting kitne baje hai
gm sir, aaj ki duty list bhej do
gm sir duty pe hoon
good morning, chauraha pe jam laga hai
good morning sir ji, mera naam list mein nahi hai
good morning all, kal se naya beat plan lagu hoga
good night sir, aaj raat ki gasht puri ho gayi
gn sir, sab thik hai area mein
jai hind, duty pe hoon
jai hind sir, report bhej di
jai hind sir ji, main point pe pahunch gaya
jai hind, highway pe truck palta hai
namaste sir, meri complaint ka kya hua
namaste ji, aadhar kho gaya hai kya karein
namaste, main naya member hoon, kya kaam karna hai?
namaskar, kal shivir kahan lagega
नमस्ते सर, मेरा मोबाइल चोरी हो गया
नमस्कार, कल बैठक में कौन कौन आएगा
सुप्रभात, आज बाजार बंद है क्या
सुप्रभात सर जी, गाँव में शराब बिक रही है
शुभ रात्रि, कल सुबह 6 बजे परेड है
शुभ रात्रि सर, गश्त पूरी हुई, कोई घटना नहीं
राम राम भाई, गाँव में झगड़ा हो गया है, पुलिस भेजो
राम राम सर, खेत में आग लगी है
जय हिंद सर, सूचना मिली है कि नहर के पास लाश मिली है
जय हिंद, ड्यूटी पर हूँ
जय श्री राम, सर मेरी बाइक चोरी हो गई
jai shri ram sir, gaon mein kal raat chori hui
radhe radhe sir, mandir ke bahar jam hai
assalamu alaikum sir, mohalle mein naali band hai
assalamualaikum, kal juma ke time traffic ka kya plan hai
aslam o alaikum bhai, tumhari bike kisi ne gira di
walekum assalam, ji sir kal aa jaunga
sat sri akal ji, gurudwara road te accident hoya
sat sri akal sir, meri car da sheesha kisi ne tod dita
jai jinendra, mandir mein chori ho gayi hai
jai bhim sir, basti mein paani nahi aa raha
praise the lord, church ke bahar ek bag pada hai
hello sir, ek aadmi ghar ke bahar ghoom raha hai
hello, koi hai? madad chahiye
hi sir, kal ki training cancel hai kya
hii, ye group kis cheez ka hai
good evening sir, market mein ladai ho rahi hai
good afternoon sir, please check your mail
good morning, please send the attendance
good morning team, today's briefing at 9 am sharp
Good morning sir, I want to report a fraud call
good night all, kal sab 7 baje thane aa jana
good morning 🌞 aaj garmi bahut hai, paani peete rahein aur dopahar mein bahar na niklein
suprabhat, kal raat 3 baje ek gaadi bina light ke ghoom rahi thi
suprabhat sir, aapka number band aa raha tha
gud mrng sir, aaj chhutti chahiye
gm ji, OTP wala call aaya tha, kya karein
gd mrng, bus stand pe ek bachcha mila hai
gn sir, kal 10 baje milte hain
hlo sir, aadhar update kahan hota hai
nmste sir, passport verification kab hoga
pranam guru ji, kal ki katha ke liye permission mil gayi?
pranam sir, gaon ke pradhan ne dhamki di hai
charan sparsh, mera beta abhi tak ghar nahi aaya
eid mubarak sir, namaz ke baad road khulwa dena
happy diwali sir, kal ki chhutti hai kya?
happy holi, kal thane mein holi milan kitne baje hai
happy new year sir, 1 jan ki duty list aa gayi?
good morning 🙏 kal ka camp postpone ho gaya hai
🙏 namaste sir, school ke bahar ladke roz ladai karte hain
🌹 suprabhat 🌹 kal se pani ki supply subah 6 baje hogi
jai hind 🇮🇳 15 august ki parade 8 baje shuru hogi
good morning sir, aaj raat meri night duty hai ya kal?
morning sir, report kahan bhejni hai
"""


# ---------------------------------------------------------------------------
# Programmatic part (fixed seed)
# ---------------------------------------------------------------------------

def is_deva(s):
    return any("\u0900" <= ch <= "\u097F" for ch in s)


# clean greetings used as seeds for obfuscation / emoji decoration
OBF_BASE = [
    "good morning", "good night", "good evening", "good afternoon",
    "good morning sir", "good night sir ji", "good morning all",
    "happy diwali", "happy holi", "happy new year", "merry christmas",
    "eid mubarak", "jumma mubarak", "jai shri ram", "jai hind", "namaste",
    "namaste ji", "namaskar", "pranam", "suprabhat", "shubh ratri",
    "radhe radhe", "ram ram", "jai mata di", "har har mahadev",
    "sat sri akal", "assalamu alaikum", "walaikum assalam", "khuda hafiz",
    "jai jinendra", "namo buddhay", "jai bhim", "praise the lord",
    "god bless", "happy sunday", "have a nice day", "sweet dreams",
    "good morning friends", "happy lohri", "happy independence day",
    "hello", "welcome", "jai bajrangbali", "om sai ram",
]
OBF_BASE_DEVA = [
    "सुप्रभात", "शुभ रात्रि", "नमस्ते", "नमस्कार", "राम राम", "जय श्री राम",
    "राधे राधे", "जय हिंद", "प्रणाम", "गुड मॉर्निंग", "गुड नाइट",
    "ईद मुबारक", "शुभ दीपावली", "सत श्री अकाल", "जय जिनेन्द्र", "नमो बुद्धाय",
    "अस्सलामु अलैकुम", "ख़ुदा हाफ़िज़", "हर हर महादेव", "जय माता दी",
]

LEET = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5", "t": "7",
        "g": "9", "l": "1"}
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440",
        "c": "\u0441", "x": "\u0445", "y": "\u0443", "i": "\u0456",
        "j": "\u0458", "s": "\u0455", "h": "\u04bb"}
HOMO_GREEK = {"o": "\u03bf", "i": "\u03b9", "a": "\u03b1", "v": "\u03bd",
              "u": "\u03c5", "k": "\u03ba"}
ZW = ["\u200b", "\u200d", "\u200c", "\u2060", "\u00ad", "\ufeff"]
MATH = {  # (upper start, lower start)
    "bold": (0x1D400, 0x1D41A),
    "bold_italic": (0x1D468, 0x1D482),
    "sans_bold": (0x1D5D4, 0x1D5EE),
    "bold_script": (0x1D4D0, 0x1D4EA),
    "mono": (0x1D670, 0x1D68A),
    "bold_fraktur": (0x1D56C, 0x1D586),
}


def t_leet(s, r):
    out = []
    for ch in s:
        if ch in LEET and r.random() < 0.6:
            out.append(LEET[ch])
        else:
            out.append(ch)
    return "".join(out)


def t_homo(s, r):
    table = HOMO if r.random() < 0.7 else HOMO_GREEK
    out, n = [], 0
    for ch in s:
        if ch in table and r.random() < 0.5:
            out.append(table[ch]); n += 1
        else:
            out.append(ch)
    if n == 0:
        for i, ch in enumerate(out):
            if ch in table:
                out[i] = table[ch]
                break
    return "".join(out)


def t_zw(s, r):
    z = r.choice(ZW)
    idx = [i for i in range(1, len(s)) if s[i] != " " and s[i - 1] != " "]
    k = max(1, min(len(idx), r.randint(1, 3)))
    picks = set(r.sample(idx, k)) if idx else set()
    return "".join((z + ch) if i in picks else ch for i, ch in enumerate(s))


def t_fullwidth(s, r):
    return "".join(chr(ord(c) - 0x21 + 0xFF01) if "!" <= c <= "~" else
                   ("\u3000" if c == " " and r.random() < 0.5 else c)
                   for c in s)


def t_math(s, r):
    up, lo = MATH[r.choice(sorted(MATH))]
    s = s.title() if r.random() < 0.6 else s
    out = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(up + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(lo + ord(c) - 97))
        else:
            out.append(c)
    return "".join(out)


def t_circled(s, r):
    return "".join(chr(0x24D0 + ord(c) - 97) if "a" <= c <= "z" else c
                   for c in s)


def t_spelt(s, r):
    sep = r.choice([".", " ", "-", "*", "_", ". "])
    words = s.split()
    if r.random() < 0.5:
        words = [w.upper() for w in words]
    return ("  " if sep == " " else " ").join(sep.join(w) for w in words)


def t_stretch(s, r):
    out = []
    for ch in s:
        if ch in "aeiou" and r.random() < 0.35:
            out.append(ch * r.randint(3, 6))
        else:
            out.append(ch)
    if r.random() < 0.5 and out[-1].isalpha() and len(out[-1]) == 1:
        out.append(out[-1] * r.randint(2, 5))
    return "".join(out)


def t_case(s, r):
    if r.random() < 0.3:
        return "".join(c.upper() if i % 2 else c for i, c in enumerate(s))
    return "".join(c.upper() if r.random() < 0.5 else c for c in s)


def t_punct(s, r):
    words = s.split()
    sep = r.choice(["....", "..", "...", "!!", ",,", " . ", "~", "_", "-"])
    tail = r.choice(["!!!!", "!!!!!!!", "...", "!?!", " !!", "....!!!", "~~~"])
    return sep.join(words) + tail


LATIN_T = [t_leet, t_homo, t_zw, t_fullwidth, t_math, t_circled, t_spelt,
           t_stretch, t_case, t_punct]


def t_deva_zw(s, r):
    return t_zw(s, r)


def t_deva_spaced(s, r):
    # split into aksharas roughly: break before each independent consonant/vowel
    out = []
    for i, ch in enumerate(s):
        cat = unicodedata.category(ch)
        if i and cat == "Lo" and s[i - 1] != "\u094d" and s[i - 1] != " ":
            out.append(r.choice([" ", ".", "-"]))
        out.append(ch)
    return "".join(out)


def t_deva_punct(s, r):
    return t_punct(s, r)


DEVA_T = [t_deva_zw, t_deva_zw, t_deva_spaced, t_deva_punct]


def gen_obfuscated(r, n):
    out = []
    tries = 0
    while len(out) < n and tries < 10000:
        tries += 1
        if r.random() < 0.2:
            s = r.choice(OBF_BASE_DEVA)
            s = r.choice(DEVA_T)(s, r)
        else:
            s = r.choice(OBF_BASE)
            f = r.choice(LATIN_T)
            s = f(s, r)
            if r.random() < 0.25:  # stack a second trick
                g = r.choice([t_zw, t_punct, t_homo, t_leet])
                if g is not f:
                    s = g(s, r)
        if r.random() < 0.15:
            s += " " + r.choice(["🙏", "🌹", "🙏🙏", "🌞", "🌙"])
        out.append(s)
    return out


EMO_DECOR = ["🙏", "🌹", "🌸", "🌺", "🌼", "🌻", "🪷", "💐", "🌞", "🌄", "🌅",
             "☀️", "🌙", "⭐", "✨", "💫", "🪔", "🎆", "🎇", "🧨", "🎉", "🎊",
             "🚩", "🔱", "🕉️", "☪️", "☸️", "🪯", "✝️", "🕎", "🦚", "🇮🇳", "🎨",
             "🌈", "❤️", "💖", "😊", "🤗", "🙏🏻", "🙏🏽", "☕", "🕊️", "🌷", "🍃"]
EMO_GREET = [
    "good morning", "Good morning sir", "good night", "gm", "gn", "suprabhat",
    "सुप्रभात", "शुभ रात्रि", "नमस्ते", "राम राम", "जय श्री राम", "जय माता दी",
    "radhe radhe", "jai shri krishna", "eid mubarak", "ईद मुबारक",
    "jumma mubarak", "sat sri akal", "waheguru ji ka khalsa waheguru ji ki fateh",
    "jai jinendra", "namo buddhay", "jai bhim", "merry christmas",
    "praise the lord", "happy diwali", "शुभ दीपावली", "happy holi",
    "happy lohri", "happy new year", "happy independence day", "jai hind",
    "वंदे मातरम", "har har mahadev", "om namah shivay", "jai bajrangbali",
    "happy navratri", "shubh ratri", "good evening", "namaste ji",
    "गुड मॉर्निंग", "हैप्पी संडे", "happy sunday", "have a nice day",
    "assalamu alaikum", "god bless", "happy chhath puja", "happy janmashtami",
]


EMO_NEUTRAL = ["🙏", "🌹", "🌸", "🌺", "🌼", "💐", "✨", "💫", "❤️", "💖",
               "😊", "🤗", "🙏🏻", "🙏🏽", "🌷", "🍃", "🏵️"]
EMO_THEME = [  # (keywords in greeting, extra emoji)
    (("morning", "suprabhat", "सुप्रभात", "मॉर्निंग", "sunday", "संडे",
      "nice day"), ["🌞", "🌄", "🌅", "☀️", "☕", "🌻", "🐦"]),
    (("night", "shubh ratri", "रात्रि", "नाइट"), ["🌙", "⭐", "🌃", "😴", "🌌"]),
    (("evening",), ["🌇", "🌆", "☕"]),
    (("ram", "krishna", "radhe", "mahadev", "shivay", "bajrang", "mata",
      "राम", "माता", "navratri", "janmashtami"),
     ["🚩", "🔱", "🕉️", "🪷", "🦚", "🪔", "🐚"]),
    (("eid", "ईद", "jumma", "assalam"), ["🌙", "☪️", "🤲", "🕌", "⭐"]),
    (("sat sri", "waheguru"), ["🪯", "⚔️", "🌾"]),
    (("jinendra",), ["🙏", "🪷", "🕊️"]),
    (("buddhay", "bhim"), ["☸️", "🪷", "💙"]),
    (("christmas", "lord", "god bless"), ["🎄", "✝️", "⭐", "🕊️", "🎅"]),
    (("diwali", "दीपावली"), ["🪔", "🎆", "🎇", "🧨", "💥"]),
    (("holi",), ["🎨", "🌈", "💦", "🔫"]),
    (("lohri",), ["🔥", "🌾", "🪁"]),
    (("new year",), ["🎆", "🎉", "🥳", "🎊"]),
    (("independence", "jai hind", "वंदे"), ["🇮🇳", "🫡", "🪁"]),
    (("chhath",), ["🌅", "🪔", "🙏"]),
]


def emo_pool(g):
    pool = list(EMO_NEUTRAL)
    gl = g.lower()
    for keys, extra in EMO_THEME:
        if any(k in gl for k in keys):
            pool += extra * 2
    return pool


def gen_emoji(r, n):
    out = []
    for _ in range(n * 4):
        pat = r.random()
        g = r.choice(EMO_GREET)
        pool = EMO_DECOR if pat < 0.2 else emo_pool(g)
        e1 = r.choice(pool)
        e2 = r.choice(pool)
        if pat < 0.2:  # emoji only
            k = r.randint(2, 5)
            s = "".join(r.choice([e1, e2]) for _ in range(k))
        else:
            rep = r.randint(1, 3)
            if pat < 0.45:
                s = f"{g} {e1 * rep}"
            elif pat < 0.7:
                s = f"{e1 * rep} {g}"
            elif pat < 0.9:
                s = f"{e1} {g} {e1}"
            else:
                s = f"{e1}{e2} {g} {e2}{e1}"
        out.append(s)
        if len(set(out)) >= n:
            break
    return out


ADDR_ROMAN = ["sir", "sir ji", "ji", "sabhi ko", "all", "everyone",
              "bhai jaan", "bhai sahab", "bhaiya", "didi", "madam", "ma'am",
              "uncle ji", "tau ji", "chacha ji", "guru ji", "pandit ji",
              "SHO sahab", "daroga ji", "inspector sahab", "CO sahab",
              "thana prabhari ji", "beat officer sahab", "pradhan ji",
              "respected members", "dear members", "all group members",
              "sabhi police mitron ko", "sabhi sathiyon ko", "friends",
              "dosto", "sabhi sadasyon ko", "respected sir", "veer ji",
              "paaji", "maulana sahab", "bhante ji", "father ji", "admin sir",
              "sabhi volunteers ko", "gram prahari bhaiyon ko", "mitron"]
ADDR_DEVA = ["सर", "सर जी", "जी", "सभी को", "भाई साहब", "भैया", "दीदी",
             "प्रभारी महोदय", "थानाध्यक्ष महोदय", "दरोगा जी", "प्रधान जी",
             "गुरु जी", "ताऊ जी", "चाचा जी", "सभी सदस्यों को", "सभी मित्रों को",
             "सभी पुलिस मित्रों को", "आदरणीय महोदय", "सम्मानित सदस्यों को",
             "सभी साथियों को", "बहनों और भाइयों को", "माननीय एसपी महोदय",
             "बीट प्रभारी जी", "सभी ग्राम प्रहरियों को"]
GREET_ROMAN = ["good morning", "good night", "good evening", "gm", "gn",
               "namaste", "namaskar", "pranam", "ram ram", "jai hind",
               "suprabhat", "shubh ratri", "radhe radhe", "jai shri ram",
               "assalamu alaikum", "adaab", "sat sri akal", "jai jinendra",
               "jai bhim", "praise the lord", "happy diwali", "eid mubarak",
               "happy holi", "happy new year", "jai mata di", "salaam",
               "good afternoon", "hello", "welcome", "gud mrng", "nmste"]
GREET_DEVA = ["सुप्रभात", "शुभ रात्रि", "नमस्ते", "नमस्कार", "प्रणाम", "राम राम",
              "जय हिंद", "राधे राधे", "जय श्री राम", "गुड मॉर्निंग", "गुड नाइट",
              "सादर प्रणाम", "अस्सलामु अलैकुम", "सत श्री अकाल", "जय जिनेन्द्र",
              "ईद मुबारक", "होली की शुभकामनाएं", "दीपावली की शुभकामनाएं",
              "आदाब", "जय भीम"]


def gen_address(r, n):
    out = []
    for _ in range(n * 5):
        if r.random() < 0.4:
            g, a = r.choice(GREET_DEVA), r.choice(ADDR_DEVA)
            pat = r.random()
            if a.endswith("को") or pat < 0.6:
                s = f"{g} {a}" if not a.endswith("को") else (
                    f"{a} {g}" if r.random() < 0.5 else f"{g} {a}")
            else:
                s = f"{a} {g}"
        else:
            g, a = r.choice(GREET_ROMAN), r.choice(ADDR_ROMAN)
            pat = r.random()
            if pat < 0.65:
                s = f"{g} {a}"
            elif pat < 0.85:
                s = f"{a} {g}"
            else:
                s = f"{g} {a} {r.choice(['🙏', '🙏🙏', '🌹', '!!', '.'])}"
        out.append(s)
        if len(set(out)) >= n:
            break
    return out


ACK_SKIP = {"ok", "ok sir", "okk", "noted", "done", "?", "??"}


def content_bodies():
    bodies = [b for b in lines(H_REPORT) + lines(H_NEAR_RELIGIOUS)
              if len(b.split()) >= 4 and b.lower() not in ACK_SKIP]
    dev = [b for b in bodies if is_deva(b)]
    rom = [b for b in bodies if not is_deva(b)]
    return dev, rom


def lower_first(s):
    # lower-case a capitalised first word, but leave acronyms (SP, OLX) alone
    if len(s) > 1 and s[0].isupper() and not s[1].isupper():
        return s[0].lower() + s[1:]
    return s


def gen_near_greeting(r, n):
    dev, rom = content_bodies()
    out = []
    obf_openers = gen_obfuscated(random.Random(SEED + 7), 40)
    for _ in range(n * 5):
        p = r.random()
        if p < 0.3:
            g = r.choice(GREET_DEVA)
            a = r.choice(["", " सर", " सर जी", " जी", " भाई"])
            b = r.choice(dev)
            sep = r.choice([", ", " ", "। ", " 🙏 ", ",\u00a0"])
        elif p < 0.4:
            g = r.choice(obf_openers)
            a = ""
            b = lower_first(r.choice(rom + dev))
            sep = r.choice([", ", " ", " - "])
        else:
            g = r.choice(GREET_ROMAN + ["Good morning", "Jai Hind", "GM"])
            a = r.choice(["", " sir", " sir ji", " ji", " bhai", " all",
                          " SHO sahab", " daroga ji", " madam"])
            b = r.choice(rom)
            if r.random() < 0.5:
                b = lower_first(b)
            sep = r.choice([", ", " ", ". ", " 🙏 ", "... ", " - "])
        s = f"{g}{a}{sep}{b}".replace("\u00a0", " ")
        out.append(s)
        if len(set(out)) >= n:
            break
    return out


CONTENT_EMO = ["🚨", "⚠️", "🔥", "🚑", "🚓", "👍", "🙏", "😡", "😢", "📢", "📍",
               "❗", "‼️", "🆘", "👇", "👆", "❌", "✅", "🙏🙏", "😱", "🤔", "🙄"]


def gen_near_emoji(r, n):
    dev, rom = content_bodies()
    out = []
    for _ in range(n * 5):
        e = r.choice(CONTENT_EMO) * r.randint(1, 2)
        b = r.choice(dev + rom)
        s = f"{e} {b}" if r.random() < 0.6 else f"{b} {e}"
        out.append(s)
        if len(set(out)) >= n:
            break
    return out


def gen_near_address(r, n):
    dev, rom = content_bodies()
    out = []
    for _ in range(n * 5):
        if r.random() < 0.35:
            a = r.choice([x for x in ADDR_DEVA if not x.endswith("को")])
            b = r.choice(dev)
        else:
            a = r.choice([x for x in ADDR_ROMAN if not x.endswith("ko")
                          and x not in ("ji", "all", "everyone")])
            b = lower_first(r.choice(rom))
        out.append(f"{a}, {b}")
        if len(set(out)) >= n:
            break
    return out


BLESS_OPEN = ["aapka din shubh ho", "aapka din mangalmay ho", "god bless",
              "stay blessed", "prabhu ki kripa bani rahe", "sab khush rahen",
              "have a blessed day", "stay safe", "ishwar sabka bhala kare",
              "allah sabko salamat rakhe", "waheguru mehar kare",
              "आपका दिन मंगलमय हो", "ईश्वर सबका भला करे", "प्रभु की कृपा बनी रहे",
              "आप सभी स्वस्थ रहें", "सबका मंगल हो"]


def gen_near_blessing(r, n):
    dev, rom = content_bodies()
    out = []
    for _ in range(n * 5):
        o = r.choice(BLESS_OPEN)
        b = r.choice(dev) if is_deva(o) else lower_first(r.choice(rom))
        out.append(f"{o}, {b}")
        if len(set(out)) >= n:
            break
    return out


RUMOUR_WRAP = ["good morning 🙏 ", "gm sir, ", "radhe radhe, ", "jai hind, ",
               "forwarded as received: ", "Forwarded many times: ",
               "sir ye message aaya hai: ", "kya ye sahi hai? ",
               "सुप्रभात, ", "जय श्री राम 🚩 ", "assalamu alaikum, ",
               "सावधान: ", "important msg: ", "fwd: "]


def gen_rumour(r, n):
    base = [b for b in lines(H_RUMOUR) if not b.lower().startswith(
        ("forward", "fwd", "good", "gm", "jai", "radhe", "assalam", "subh",
         "suprabhat", "shubh", "happy", "merry", "vaheguru", "eid", "god",
         "bhagwan", "जय", "ईद", "फॉरवर्ड"))]
    out = []
    for _ in range(n * 5):
        w = r.choice(RUMOUR_WRAP)
        b = r.choice(base)
        if is_deva(w) != is_deva(b) and r.random() < 0.7:
            continue
        out.append(w + lower_first(b))
        if len(set(out)) >= n:
            break
    return out


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------

GREETING_CLASSES = ["plain", "en_deva", "sms", "religious_variant",
                    "devotional", "festival", "blessing", "emoji", "address",
                    "obfuscated"]
CONTENT_CLASSES = ["report", "near_greeting", "near_religious", "near_emoji",
                   "near_blessing", "near_address", "rumour"]


def build():
    r = random.Random(SEED)
    hand = {
        "plain": lines(H_PLAIN), "en_deva": lines(H_EN_DEVA),
        "sms": lines(H_SMS), "religious_variant": lines(H_RELIGIOUS_VARIANT),
        "devotional": lines(H_DEVOTIONAL), "festival": lines(H_FESTIVAL),
        "blessing": lines(H_BLESSING), "emoji": lines(H_EMOJI),
        "address": lines(H_ADDRESS), "obfuscated": lines(H_OBFUSCATED),
        "report": lines(H_REPORT), "near_greeting": lines(H_NEAR_GREETING),
        "near_religious": lines(H_NEAR_RELIGIOUS),
        "near_emoji": lines(H_NEAR_EMOJI),
        "near_blessing": lines(H_NEAR_BLESSING),
        "near_address": lines(H_NEAR_ADDRESS), "rumour": lines(H_RUMOUR),
    }
    generated = {
        "obfuscated": gen_obfuscated(r, GEN_N["obfuscated"]),
        "emoji": gen_emoji(r, GEN_N["emoji"]),
        "address": gen_address(r, GEN_N["address"]),
        "near_greeting": gen_near_greeting(r, GEN_N["near_greeting"]),
        "near_emoji": gen_near_emoji(r, GEN_N["near_emoji"]),
        "near_address": gen_near_address(r, GEN_N["near_address"]),
        "near_blessing": gen_near_blessing(r, GEN_N["near_blessing"]),
        "rumour": gen_rumour(r, GEN_N["rumour"]),
    }
    seen = set()
    rows = []  # (label, class, text, origin)
    for origin, src in (("hand", hand), ("gen", generated)):
        for cls in GREETING_CLASSES + CONTENT_CLASSES:
            label = "greeting" if cls in GREETING_CLASSES else "content"
            for t in src.get(cls, []):
                t = unicodedata.normalize("NFC", t)
                t = " ".join(t.replace("\t", " ").splitlines()).strip(" ")
                if not t or t in seen:
                    continue
                seen.add(t)
                rows.append((label, cls, t, origin))
    return rows


GEN_N = {"obfuscated": 130, "emoji": 70, "address": 90, "near_greeting": 300,
         "near_emoji": 70, "near_address": 90, "near_blessing": 80,
         "rumour": 40}


def split(rows):
    tune, hold = [], []
    bycls = {}
    for row in rows:
        bycls.setdefault(row[1], []).append(row)
    for cls, items in bycls.items():
        items = sorted(items, key=lambda x: hashlib.sha256(
            x[2].encode("utf-8")).hexdigest())
        k = round(len(items) * 0.65)
        tune += items[:k]
        hold += items[k:]
    return tune, hold


HEADER = ("# label<TAB>class<TAB>text  | label: greeting (only a greeting, "
          "should be removed) or content (has real content, must be kept); "
          "class: see README.md; generated by gen.py")


def write(path, rows):
    order = {c: i for i, c in enumerate(GREETING_CLASSES + CONTENT_CLASSES)}
    rows = sorted(rows, key=lambda x: (order[x[1]], hashlib.sha256(
        x[2].encode("utf-8")).hexdigest()))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER + "\n")
        for label, cls, text, _ in rows:
            assert "\t" not in text and "\n" not in text and "\r" not in text
            f.write(f"{label}\t{cls}\t{text}\n")


def main():
    rows = build()
    tune, hold = split(rows)
    write(os.path.join(HERE, "tune.tsv"), tune)
    write(os.path.join(HERE, "holdout.tsv"), hold)
    if "-v" in sys.argv:
        from collections import Counter
        c = Counter((x[1], x[3]) for x in rows)
        for cls in GREETING_CLASSES + CONTENT_CLASSES:
            ct = sum(1 for x in tune if x[1] == cls)
            ch = sum(1 for x in hold if x[1] == cls)
            print(f"{cls:18} hand={c[(cls,'hand')]:4} gen={c[(cls,'gen')]:4} "
                  f"tune={ct:4} holdout={ch:4}")
        lab = Counter((x[0]) for x in rows)
        hand = sum(1 for x in rows if x[3] == "hand")
        print("total", len(rows), dict(lab), "hand", hand,
              f"{100*hand/len(rows):.1f}%", "tune", len(tune), "hold", len(hold))
        for name, part in (("tune", tune), ("holdout", hold)):
            print(name, dict(Counter(x[0] for x in part)))


if __name__ == "__main__":
    main()
