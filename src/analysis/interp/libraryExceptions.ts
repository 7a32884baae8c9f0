// Exception classes of standard library modules the model does not follow, which are classes
// of their own: none is a builtin class under another name (unlike socket.timeout, socket.error,
// os.error, concurrent.futures.TimeoutError), checked on 3.11-3.13. An exception whose class the
// model knows in full (the program's or a builtin, no base it does not know) is never an instance
// of one of them, so `except ssl.SSLError:` surely does not take it; any other unknown class in an
// except clause may (an alias of a builtin, a value computed by code the model does not follow).
// A leaf module: read by except-clause matching (controlFlow.ts).

const NAMES = `ssl.SSLError ssl.SSLZeroReturnError ssl.SSLWantReadError ssl.SSLWantWriteError ssl.SSLSyscallError
ssl.SSLEOFError ssl.SSLCertVerificationError ssl.CertificateError socket.gaierror socket.herror json.JSONDecodeError
json.decoder.JSONDecodeError subprocess.SubprocessError subprocess.CalledProcessError subprocess.TimeoutExpired
urllib.error.URLError urllib.error.HTTPError urllib.error.ContentTooShortError http.client.HTTPException
http.client.RemoteDisconnected configparser.Error configparser.NoSectionError configparser.NoOptionError
configparser.DuplicateSectionError configparser.ParsingError csv.Error zipfile.BadZipFile zipfile.LargeZipFile
tarfile.TarError tarfile.ReadError shutil.Error shutil.SameFileError struct.error binascii.Error re.error
pickle.PickleError pickle.PicklingError pickle.UnpicklingError queue.Empty queue.Full sqlite3.Error
sqlite3.DatabaseError sqlite3.IntegrityError sqlite3.OperationalError sqlite3.ProgrammingError
decimal.InvalidOperation decimal.DivisionByZero decimal.DecimalException xml.etree.ElementTree.ParseError zlib.error
getopt.GetoptError argparse.ArgumentError argparse.ArgumentTypeError unittest.SkipTest smtplib.SMTPException
http.cookies.CookieError tomllib.TOMLDecodeError statistics.StatisticsError locale.Error copy.Error
calendar.IllegalMonthError threading.BrokenBarrierError asyncio.InvalidStateError asyncio.IncompleteReadError
asyncio.QueueEmpty asyncio.QueueFull email.errors.MessageError`;

const DISTINCT = new Set(NAMES.split(/\s+/));

/** Whether `module.attr` is a library exception class that is no builtin class (see above). */
export function isDistinctLibraryException(fullName: string | undefined): boolean {
  return !!fullName && DISTINCT.has(fullName);
}
