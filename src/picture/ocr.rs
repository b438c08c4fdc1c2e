//! Text in pictures: Tesseract (Debian's `tesseract-ocr` with its `hin` and `eng` models)
//! through its C API, loaded at run time with `libloading` — so the bot and its tools run on
//! a machine without Tesseract, and say so, instead of failing to start. A binding crate
//! (`tesseract-sys`) would need libclang and the -dev packages at build time for the same dozen
//! functions.
//!
//! One [`Ocr`] holds one Tesseract engine (loading the models costs ~0.2 s): it reads one
//! picture at a time and is not shared between threads. Each word comes with Tesseract's
//! confidence, so the caller can leave out what it barely saw (decorative script, texture).
//! Tesseract is built with OpenMP: `OMP_THREAD_LIMIT=1` keeps it to one core per engine.

use std::ffi::{CStr, CString, c_char, c_float, c_int, c_void};

use image::DynamicImage;

/// The library's names, newest first.
const LIBRARIES: &[&str] = &["libtesseract.so.5", "libtesseract.so.4", "libtesseract.so"];
/// Tesseract's "fully automatic page segmentation" (PSM_AUTO).
const PSM_AUTO: c_int = 3;
/// `RIL_WORD` of `TessPageIteratorLevel`.
const RIL_WORD: c_int = 3;
/// Pictures are read at most this large (long side, px): beyond it Tesseract only gets slower.
const MAX_SIDE: u32 = 1600;

/// A word Tesseract read, with its confidence (0–100).
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub text: String,
    pub confidence: f32,
}

type Create = unsafe extern "C" fn() -> *mut c_void;
type Delete = unsafe extern "C" fn(*mut c_void);
type Init3 = unsafe extern "C" fn(*mut c_void, *const c_char, *const c_char) -> c_int;
type SetPsm = unsafe extern "C" fn(*mut c_void, c_int);
type SetVariable = unsafe extern "C" fn(*mut c_void, *const c_char, *const c_char) -> c_int;
type SetImage = unsafe extern "C" fn(*mut c_void, *const u8, c_int, c_int, c_int, c_int);
type Recognize = unsafe extern "C" fn(*mut c_void, *mut c_void) -> c_int;
type GetIterator = unsafe extern "C" fn(*mut c_void) -> *mut c_void;
type IterDelete = unsafe extern "C" fn(*mut c_void);
type IterNext = unsafe extern "C" fn(*mut c_void, c_int) -> c_int;
type IterText = unsafe extern "C" fn(*const c_void, c_int) -> *mut c_char;
type IterConfidence = unsafe extern "C" fn(*const c_void, c_int) -> c_float;
type DeleteText = unsafe extern "C" fn(*const c_char);
type Clear = unsafe extern "C" fn(*mut c_void);

/// The functions of the C API the reader uses, resolved once.
struct Api {
    delete: Delete,
    set_image: SetImage,
    recognize: Recognize,
    get_iterator: GetIterator,
    iter_delete: IterDelete,
    iter_next: IterNext,
    iter_text: IterText,
    iter_confidence: IterConfidence,
    delete_text: DeleteText,
    clear: Clear,
}

/// One Tesseract engine with its models loaded.
pub struct Ocr {
    api: Api,
    handle: *mut c_void,
    // Last: the functions above point into it.
    _lib: libloading::Library,
}

fn symbol<T: Copy>(lib: &libloading::Library, name: &[u8]) -> Result<T, String> {
    // SAFETY: each name is paired with the signature of Tesseract's C API (capi.h, 4.x–5.x).
    unsafe { lib.get::<T>(name) }
        .map(|s| *s)
        .map_err(|e| format!("Tesseract has no {}: {e}", String::from_utf8_lossy(name)))
}

impl Ocr {
    /// Load Tesseract and its models for `languages` (e.g. `"hin+eng"`); `Err` says what is
    /// missing (the library, or the language data).
    pub fn open(languages: &str) -> Result<Ocr, String> {
        let lib = LIBRARIES
            .iter()
            // SAFETY: loading Tesseract runs its (and leptonica's) initialisers only.
            .find_map(|name| unsafe { libloading::Library::new(name) }.ok())
            .ok_or("Tesseract is not installed (Debian: tesseract-ocr tesseract-ocr-hin)")?;
        let create: Create = symbol(&lib, b"TessBaseAPICreate\0")?;
        let init: Init3 = symbol(&lib, b"TessBaseAPIInit3\0")?;
        let set_psm: SetPsm = symbol(&lib, b"TessBaseAPISetPageSegMode\0")?;
        let set_variable: SetVariable = symbol(&lib, b"TessBaseAPISetVariable\0")?;
        let api = Api {
            delete: symbol(&lib, b"TessBaseAPIDelete\0")?,
            set_image: symbol(&lib, b"TessBaseAPISetImage\0")?,
            recognize: symbol(&lib, b"TessBaseAPIRecognize\0")?,
            get_iterator: symbol(&lib, b"TessBaseAPIGetIterator\0")?,
            iter_delete: symbol(&lib, b"TessResultIteratorDelete\0")?,
            iter_next: symbol(&lib, b"TessResultIteratorNext\0")?,
            iter_text: symbol(&lib, b"TessResultIteratorGetUTF8Text\0")?,
            iter_confidence: symbol(&lib, b"TessResultIteratorConfidence\0")?,
            delete_text: symbol(&lib, b"TessDeleteText\0")?,
            clear: symbol(&lib, b"TessBaseAPIClear\0")?,
        };
        let langs = CString::new(languages).map_err(|_| "bad language list")?;
        // SAFETY: a fresh engine, initialised once with the default data path (NULL).
        let handle = unsafe { create() };
        if handle.is_null() {
            return Err("Tesseract could not create an engine".into());
        }
        // SAFETY: `handle` is live; the strings outlive the calls.
        let failed = unsafe { init(handle, std::ptr::null(), langs.as_ptr()) } != 0;
        if failed {
            // SAFETY: the engine is not used after this.
            unsafe { (api.delete)(handle) };
            return Err(format!(
                "Tesseract has no language data for {languages} (Debian: tesseract-ocr-hin tesseract-ocr-eng)"
            ));
        }
        // SAFETY: as above; Tesseract's warnings go nowhere instead of to stderr.
        unsafe {
            set_psm(handle, PSM_AUTO);
            set_variable(handle, c"debug_file".as_ptr(), c"/dev/null".as_ptr());
        }
        Ok(Ocr {
            api,
            handle,
            _lib: lib,
        })
    }

    /// The words in `img`, in reading order.
    pub fn read(&mut self, img: &DynamicImage) -> Vec<Word> {
        let img = if img.width().max(img.height()) > MAX_SIDE {
            img.thumbnail(MAX_SIDE, MAX_SIDE)
        } else {
            img.clone()
        };
        let gray = img.to_luma8();
        let (w, h) = gray.dimensions();
        let (Ok(wi), Ok(hi)) = (c_int::try_from(w), c_int::try_from(h)) else {
            return vec![];
        };
        let a = &self.api;
        let mut words = Vec::new();
        // SAFETY: `gray` lives across the recognition (Tesseract copies it in SetImage); every
        // string and the iterator are freed by their own API functions, once.
        unsafe {
            (a.set_image)(self.handle, gray.as_ptr(), wi, hi, 1, wi);
            if (a.recognize)(self.handle, std::ptr::null_mut()) == 0 {
                let it = (a.get_iterator)(self.handle);
                if !it.is_null() {
                    loop {
                        let text = (a.iter_text)(it, RIL_WORD);
                        if !text.is_null() {
                            let s = CStr::from_ptr(text).to_string_lossy().trim().to_string();
                            (a.delete_text)(text);
                            if !s.is_empty() {
                                words.push(Word {
                                    text: s,
                                    confidence: (a.iter_confidence)(it, RIL_WORD),
                                });
                            }
                        }
                        if (a.iter_next)(it, RIL_WORD) == 0 {
                            break;
                        }
                    }
                    (a.iter_delete)(it);
                }
            }
            (a.clear)(self.handle);
        }
        words
    }
}

impl Drop for Ocr {
    fn drop(&mut self) {
        // SAFETY: the engine was created by `open` and is not used after this.
        unsafe { (self.api.delete)(self.handle) };
    }
}

#[cfg(test)]
mod tests {
    use super::Ocr;
    use plotters::prelude::*;

    /// `text` in black on white, drawn with the chart's font.
    fn card(text: &str) -> image::DynamicImage {
        let (w, h) = (900u32, 220u32);
        let mut buf = vec![255u8; (w * h * 3) as usize];
        {
            let root = BitMapBackend::with_buffer(&mut buf, (w, h)).into_drawing_area();
            crate::chart::register_font();
            let style = ("sans-serif", 90).into_font().color(&BLACK);
            root.draw(&Text::new(text.to_string(), (40, 60), style))
                .unwrap();
            root.present().unwrap();
        }
        image::DynamicImage::ImageRgb8(image::RgbImage::from_raw(w, h, buf).unwrap())
    }

    #[test]
    fn reads_printed_text_or_says_what_is_missing() {
        let mut ocr = match Ocr::open("hin+eng") {
            Ok(o) => o,
            Err(e) => {
                // Where the suite installed Tesseract it must read; elsewhere, say what lacks.
                assert!(std::env::var_os("SAATHI_REQUIRE_OCR").is_none(), "{e}");
                assert!(e.contains("Tesseract"), "{e}");
                return;
            }
        };
        let words = ocr.read(&card("GOOD MORNING"));
        let text: Vec<String> = words.iter().map(|w| w.text.to_uppercase()).collect();
        assert_eq!(text, ["GOOD", "MORNING"], "{words:?}");
        assert!(words.iter().all(|w| w.confidence > 60.0), "{words:?}");
        let blank = image::DynamicImage::ImageLuma8(image::GrayImage::from_pixel(
            200,
            60,
            image::Luma([255]),
        ));
        assert!(ocr.read(&blank).is_empty());
    }
}
